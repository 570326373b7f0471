using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Registry.Infrastructure;

namespace PatientNetwork.Registry.Referrals;

/// <summary>
/// The partner withdrew a referral after its acceptance: a waiting intake is dismissed, which clears the child's
/// details held for registration (or, arriving first, leaves a dismissed intake the acceptance will find). One already registered stays as it is: the patient's record is the association's.
/// </summary>
public sealed class DismissIntakeWhenReferralCancelled(RegistryDbContext db, TimeProvider time, ILogger<DismissIntakeWhenReferralCancelled> logger)
    : IdempotentConsumer<ReferralCancelled, RegistryDbContext>(db, time, logger)
{
    public const string Reason = "Cancelled by the referring partner.";

    public override string InboxName => "DismissIntakeWhenReferralCancelled";

    protected override async Task HandleAsync(ReferralCancelled message, CancellationToken cancellationToken)
    {
        var intake = await Db.ReferralIntakes.FirstOrDefaultAsync(i => i.Id == message.ReferralId && i.AssociationId == message.AssociationId, cancellationToken);
        if (intake is null)
        {
            Db.ReferralIntakes.Add(ReferralIntake.WithdrawnBeforeArrival(message.ReferralId, message.AssociationId, message.OccurredAt, Reason));
        }
        else if (intake.IsPending)
        {
            intake.Dismissed("partner", message.OccurredAt, Reason);
        }
    }
}
