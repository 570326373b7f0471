namespace PatientNetwork.Funding.Donors;

/// <summary>A donor's contact details in clear: shown to admins and coordinators only.</summary>
public sealed record DonorContactResponse(string? Phone, string? Email, string? Address);
