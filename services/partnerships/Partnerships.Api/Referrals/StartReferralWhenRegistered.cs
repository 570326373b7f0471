using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Inbox;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Webhooks;

namespace PatientNetwork.Partnerships.Referrals;

/// <summary>
/// The Registry made (or found) the referred child's record: FHIR Task's "in progress", which the partner sees and is
/// told of by webhook. A referral moved on by hand meanwhile, or cancelled, is left as it is.
/// </summary>
public sealed class StartReferralWhenRegistered(PartnershipsDbContext db, TimeProvider time, ILogger<StartReferralWhenRegistered> logger)
    : IdempotentConsumer<ReferralRegistered, PartnershipsDbContext>(db, time, logger)
{
    public override string InboxName => "StartReferralWhenRegistered";

    protected override async Task HandleAsync(ReferralRegistered message, CancellationToken cancellationToken)
    {
        var referral = await Db.Referrals.FirstOrDefaultAsync(r => r.Id == message.ReferralId && r.AssociationId == message.AssociationId, cancellationToken);
        if (referral is not { Status: ReferralStatus.Accepted })
        {
            return;
        }

        referral.Start($"registry:{message.RegisteredBy}", message.OccurredAt);
        await WebhookOutbox.ReferralStatusChangedAsync(Db, referral.Id, referral.PartnerId, referral.StatusChangedAt, cancellationToken);
    }
}
