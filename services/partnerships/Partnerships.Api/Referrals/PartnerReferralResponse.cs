namespace PatientNetwork.Partnerships.Referrals;

/// <summary>What a partner sees of its referral: where it stands and its history, never the patient's record.</summary>
public sealed record PartnerReferralResponse(Guid Id, ReferralStatus Status, ReferralUrgency Urgency, DateTimeOffset RequestedAt, DateTimeOffset StatusChangedAt, IReadOnlyList<PartnerReferralStep> History)
{
    public static PartnerReferralResponse From(Referral referral) => new(
        referral.Id, referral.Status, referral.Urgency, referral.RequestedAt, referral.StatusChangedAt,
        referral.History.Select(step => new PartnerReferralStep(step.To, step.At, step.Reason)).ToList());
}

/// <summary>A step of the history as the partner sees it: staff names stay inside.</summary>
public sealed record PartnerReferralStep(ReferralStatus Status, DateTimeOffset At, string? Reason);
