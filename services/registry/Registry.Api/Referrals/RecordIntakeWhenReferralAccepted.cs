using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Referrals;

/// <summary>
/// Keeps an accepted referral as an intake a coordinator registers the child from. The referral's id is the intake's
/// key, so even a second acceptance event for one referral (it cannot happen by the state machine, but messages are
/// not proofs) leaves one intake.
/// </summary>
public sealed class RecordIntakeWhenReferralAccepted(
    RegistryDbContext db, PatientIdentityProtector protector, TimeProvider time, ILogger<RecordIntakeWhenReferralAccepted> logger)
    : IdempotentConsumer<ReferralAccepted, RegistryDbContext>(db, time, logger)
{
    public override string InboxName => "RecordIntakeWhenReferralAccepted";

    protected override async Task HandleAsync(ReferralAccepted message, CancellationToken cancellationToken)
    {
        if (await Db.ReferralIntakes.AnyAsync(i => i.Id == message.ReferralId, cancellationToken))
        {
            return;
        }

        Db.ReferralIntakes.Add(ReferralIntake.Receive(message, protector.ProtectPhone(message.FamilyPhone), protector.ProtectEmail(message.FamilyEmail)));
    }
}
