using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Partnerships.Partners;

namespace PatientNetwork.Partnerships.Webhooks;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PartnerId).HasMaxLength(64);
        builder.Property(s => s.Url).HasMaxLength(WebhookUrlRules.MaxLength);
        builder.Property(s => s.Description).HasMaxLength(200);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(200);
        builder.Property(s => s.ProtectedPreviousSecret).HasMaxLength(200);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DisabledReason).HasMaxLength(200);
        builder.HasIndex(s => new { s.PartnerId, s.CreatedAt });
        builder.HasOne<Partner>().WithMany().HasForeignKey(s => s.PartnerId);
    }
}
