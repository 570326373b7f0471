namespace PatientNetwork.Funding.Programmes;

/// <summary>
/// A medicine a programme pays for: by ATC code (a code of any level covers the codes beneath it,
/// J06BA covers J06BA02) or, for a line without one, by name; with an optional reference unit
/// price above which the programme does not pay.
/// </summary>
public sealed class EligibleMedicine
{
    public string Name { get; set; } = "";

    public string? AtcCode { get; set; }

    public long? ReferenceUnitPriceCentimes { get; set; }

    public bool Matches(string medicine, string? atcCode) =>
        atcCode is not null && AtcCode is not null
            ? atcCode.StartsWith(AtcCode, StringComparison.OrdinalIgnoreCase)
            : string.Equals(Name.Trim(), medicine.Trim(), StringComparison.OrdinalIgnoreCase);
}
