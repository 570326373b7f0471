namespace PatientNetwork.Funding.Claims;

/// <summary>
/// A pharmacy invoice claimed for one patient. Prices and shares are integer centimes MAD
/// (12,34 MAD is 1234); <c>programmeId</c> defaults to the programme of the patient's coverage account.
/// </summary>
public sealed record ClaimRequest(
    Guid? PatientId,
    Guid? ProgrammeId,
    PharmacyInput? Pharmacy,
    string? InvoiceNumber,
    DateOnly? InvoiceDate,
    string? PrescriptionReference,
    string? Currency,
    List<ClaimLineInput>? Lines)
{
    public ClaimDraft ToDraft() => new(
        Pharmacy!.Name!.Trim(),
        string.IsNullOrWhiteSpace(Pharmacy.Ice) ? null : Pharmacy.Ice.Trim(),
        string.IsNullOrWhiteSpace(Pharmacy.City) ? null : Pharmacy.City.Trim(),
        InvoiceNumber!.Trim(),
        InvoiceDate!.Value,
        string.IsNullOrWhiteSpace(PrescriptionReference) ? null : PrescriptionReference.Trim(),
        Lines!.Select((l, i) => new LineToCover(
            i + 1, l.Medicine!.Trim(), string.IsNullOrWhiteSpace(l.AtcCode) ? null : l.AtcCode.Trim(), l.Quantity!.Value,
            l.UnitPriceCentimes!.Value, l.DispensedOn!.Value, l.OtherPayerCentimes ?? 0)).ToList());
}

/// <summary>The pharmacy: its name, and its ICE (15 digits) or city, which tell two pharmacies of one name apart.</summary>
public sealed record PharmacyInput(string? Name, string? Ice, string? City);

/// <summary>One invoice line; <c>otherPayerCentimes</c> is what AMO (CNSS, CNOPS, AMO Tadamon) paid of it.</summary>
public sealed record ClaimLineInput(string? Medicine, string? AtcCode, int? Quantity, long? UnitPriceCentimes, DateOnly? DispensedOn, long? OtherPayerCentimes);
