namespace PatientNetwork.Partnerships.Referrals;

/// <summary>
/// A partner's referral. <c>id</c> is the partner's own (a UUID) and the idempotency key: the same id with the same
/// body answers the same referral; with another body, 409. <c>familyConsentsToContact</c> must be true.
/// </summary>
public sealed record ReferralRequest(
    Guid? Id, string? DiagnosisGroup, string? DiagnosisCode, string? RegionCode, ReferralUrgency? Urgency,
    ReferringDoctor? Doctor, bool? FamilyConsentsToContact, ReferredChild? Child, FamilyContact? Family);

public sealed record ReferringDoctor(string? Name, string? Contact);

public sealed record ReferredChild(string? FirstName, string? LastName, DateOnly? BirthDate, string? Sex);

public sealed record FamilyContact(string? Phone, string? Email);
