namespace PatientNetwork.Funding.Claims;

/// <summary>A claim's invoice as submitted by staff, validated.</summary>
public sealed record ClaimDraft(
    string PharmacyName,
    string? PharmacyIce,
    string? PharmacyCity,
    string InvoiceNumber,
    DateOnly InvoiceDate,
    string? PrescriptionReference,
    IReadOnlyList<LineToCover> Lines)
{
    /// <summary>
    /// The pharmacy and invoice number that make a claim a duplicate: the pharmacy's ICE when known,
    /// its name and city otherwise, compared without case or surrounding spaces.
    /// </summary>
    public string InvoiceKey
    {
        get
        {
            var pharmacy = string.IsNullOrWhiteSpace(PharmacyIce)
                ? $"name:{PharmacyName.Trim().ToLowerInvariant()}|{PharmacyCity?.Trim().ToLowerInvariant()}"
                : $"ice:{PharmacyIce.Trim()}";
            return $"{pharmacy}|invoice:{InvoiceNumber.Trim().ToLowerInvariant()}";
        }
    }
}
