using System.Text.Json;

namespace PatientNetwork.Funding.Equipment.Stock;

/// <summary>A status as the API writes it (in-stock, in-repair…), for problem messages and CSV cells.</summary>
public static class EquipmentStatusNames
{
    public static string Of(EquipmentStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    /// <summary>A status named as the API writes it (a query's <c>?status=in-stock</c>), or null for a name that is none.</summary>
    public static EquipmentStatus? Parse(string name) =>
        Enum.GetValues<EquipmentStatus>().Select(s => (EquipmentStatus?)s).FirstOrDefault(s => Of(s!.Value) == name);
}
