namespace PatientNetwork.Partnerships.Referrals;

/// <summary>A referral as the association's coordinators see it, details decrypted.</summary>
public sealed record StaffReferralResponse(
    Guid Id, string PartnerId, ReferralStatus Status, ReferralUrgency Urgency, string DiagnosisGroup, string DiagnosisCode, string RegionCode,
    DateTimeOffset RequestedAt, DateTimeOffset StatusChangedAt, ReferralDetails Details, IReadOnlyList<ReferralTransition> History);

/// <summary>A referral in the coordinators' list: no identifying details.</summary>
public sealed record StaffReferralSummary(
    Guid Id, string PartnerId, ReferralStatus Status, ReferralUrgency Urgency, string DiagnosisGroup, string RegionCode, DateTimeOffset RequestedAt);

/// <summary>Why a referral is rejected; told to the partner.</summary>
public sealed record RejectReferralRequest(string? Reason);

/// <summary>Why the partner cancels, optionally.</summary>
public sealed record CancelReferralRequest(string? Reason);
