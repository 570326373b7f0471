using System.Text.Json;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>A status as the API writes it (in-stock, in-repair…), for problem messages and CSV cells.</summary>
public static class EquipmentStatusNames
{
    public static string Of(EquipmentStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());
}
