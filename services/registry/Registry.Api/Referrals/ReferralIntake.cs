using PatientNetwork.Contracts;

namespace PatientNetwork.Registry.Referrals;

/// <summary>
/// A child referred by a partner and accepted by the association, waiting to be registered: what the registration
/// form is filled in from. The child's identity and the family's contacts are kept only while it waits; once the
/// intake is closed they are cleared, since the patient's record (or nothing, if dismissed) is what remains.
/// </summary>
public sealed class ReferralIntake
{
    private ReferralIntake()
    {
    }

    public const int MaxReasonLength = 500;

    /// <summary>The referral's id in Partnerships, which is also what makes receiving it twice harmless.</summary>
    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string PartnerId { get; private set; } = "";

    public string RegionCode { get; private set; } = "";

    public string DiagnosisGroup { get; private set; } = "";

    public string DiagnosisCode { get; private set; } = "";

    public string AcceptedBy { get; private set; } = "";

    public DateTimeOffset AcceptedAt { get; private set; }

    public string? ChildFirstName { get; private set; }

    public string? ChildLastName { get; private set; }

    public DateOnly? ChildBirthDate { get; private set; }

    public string? ChildSex { get; private set; }

    public string? FamilyPhoneCiphertext { get; private set; }

    public string? FamilyEmailCiphertext { get; private set; }

    public ReferralIntakeStatus Status { get; private set; }

    public Guid? PatientId { get; private set; }

    public string? ClosedBy { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? DismissalReason { get; private set; }

    public bool IsPending => Status == ReferralIntakeStatus.Pending;

    public static ReferralIntake Receive(ReferralAccepted accepted, string? familyPhoneCiphertext, string? familyEmailCiphertext) => new()
    {
        Id = accepted.ReferralId,
        AssociationId = accepted.AssociationId,
        PartnerId = accepted.PartnerId,
        RegionCode = accepted.RegionCode,
        DiagnosisGroup = accepted.DiagnosisGroup,
        DiagnosisCode = accepted.DiagnosisCode,
        AcceptedBy = accepted.AcceptedBy,
        AcceptedAt = accepted.OccurredAt,
        ChildFirstName = accepted.ChildFirstName,
        ChildLastName = accepted.ChildLastName,
        ChildBirthDate = accepted.ChildBirthDate,
        ChildSex = accepted.ChildSex,
        FamilyPhoneCiphertext = familyPhoneCiphertext,
        FamilyEmailCiphertext = familyEmailCiphertext,
        Status = ReferralIntakeStatus.Pending,
    };

    /// <summary>
    /// A cancellation that arrived before its acceptance (messages may cross): the dismissed intake holds the
    /// referral's id, so the late acceptance finds it and keeps nothing of the child.
    /// </summary>
    public static ReferralIntake WithdrawnBeforeArrival(Guid referralId, string associationId, DateTimeOffset at, string reason) => new()
    {
        Id = referralId,
        AssociationId = associationId,
        AcceptedAt = at,
        Status = ReferralIntakeStatus.Dismissed,
        ClosedBy = "partner",
        ClosedAt = at,
        DismissalReason = reason,
    };

    public void Registered(Guid patientId, string by, DateTimeOffset at) => Close(ReferralIntakeStatus.Registered, patientId, by, at, null);

    public void Linked(Guid patientId, string by, DateTimeOffset at) => Close(ReferralIntakeStatus.Linked, patientId, by, at, null);

    public void Dismissed(string by, DateTimeOffset at, string reason) => Close(ReferralIntakeStatus.Dismissed, null, by, at, reason);

    private void Close(ReferralIntakeStatus status, Guid? patientId, string by, DateTimeOffset at, string? reason)
    {
        if (!IsPending)
        {
            throw new ReferralIntakeClosedException(Status);
        }

        Status = status;
        PatientId = patientId;
        ClosedBy = by;
        ClosedAt = at;
        DismissalReason = reason;
        ChildFirstName = null;
        ChildLastName = null;
        ChildBirthDate = null;
        ChildSex = null;
        FamilyPhoneCiphertext = null;
        FamilyEmailCiphertext = null;
    }
}
