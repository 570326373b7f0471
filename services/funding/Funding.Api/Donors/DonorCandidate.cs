namespace PatientNetwork.Funding.Donors;

/// <summary>A donor already on file that looks like the one being entered, and why (phone, email, similar-name).</summary>
public sealed record DonorCandidate(Guid Id, string Name, DonorKind Kind, IReadOnlyList<string> Reasons);
