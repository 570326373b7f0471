using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Webhooks;

internal sealed class WebhookDisabledNoticeConfiguration : IEntityTypeConfiguration<WebhookDisabledNotice>
{
    public void Configure(EntityTypeBuilder<WebhookDisabledNotice> builder)
    {
        builder.Property(n => n.PartnerId).HasMaxLength(64);
        builder.Property(n => n.Reason).HasMaxLength(200);
        builder.HasIndex(n => n.SubscriptionId);
        builder.HasOne<WebhookSubscription>().WithMany().HasForeignKey(n => n.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
