using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Partnerships.Agreements;

internal sealed class RenewalReminderConfiguration : IEntityTypeConfiguration<RenewalReminder>
{
    /// <summary>The table the renewal job inserts into with <c>ON CONFLICT DO NOTHING</c> on the unique index below.</summary>
    public const string Table = "agreement_renewal_reminders";

    public void Configure(EntityTypeBuilder<RenewalReminder> builder)
    {
        builder.ToTable(Table);
        builder.Property(r => r.PartnerId).HasMaxLength(64);
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.HasIndex(r => new { r.AgreementId, r.LeadDays }).IsUnique();
        builder.HasIndex(r => new { r.AssociationId, r.EndsOn });
        builder.HasOne<PartnerAgreement>().WithMany().HasForeignKey(r => r.AgreementId);
        builder.Property(r => r.LastFailure).HasMaxLength(200);
        // The mailer's query: reminders still to mail, by due time.
        builder.HasIndex(r => r.NextAttemptAt).HasFilter("sent_at IS NULL AND superseded_at IS NULL");
    }
}
