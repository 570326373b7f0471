using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Claims;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>, IEntityTypeConfiguration<ClaimAttachment>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.HasIndex(c => new { c.AssociationId, c.InvoiceKey }).IsUnique();
        builder.HasIndex(c => new { c.AssociationId, c.CreatedAt });
        builder.HasIndex(c => new { c.ProgrammeId, c.PatientId, c.Status });
        builder.HasIndex(c => new { c.AssociationId, c.PatientId });
        builder.HasIndex(c => c.PayoutRunId);
        builder.Property(c => c.AssociationId).HasMaxLength(64);
        builder.Property(c => c.BranchId).HasMaxLength(64);
        builder.Property(c => c.RegionCode).HasMaxLength(64);
        builder.Property(c => c.DiagnosisGroup).HasMaxLength(64);
        builder.Property(c => c.PharmacyName).HasMaxLength(200);
        builder.Property(c => c.PharmacyIce).HasMaxLength(15);
        builder.Property(c => c.PharmacyCity).HasMaxLength(100);
        builder.Property(c => c.InvoiceNumber).HasMaxLength(64);
        builder.Property(c => c.PrescriptionReference).HasMaxLength(100);
        builder.Property(c => c.InvoiceKey).HasMaxLength(400);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Decision).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RejectionCode).HasMaxLength(64);
        builder.Property(c => c.RejectionReason).HasMaxLength(1000);
        builder.Property(c => c.InformationRequested).HasMaxLength(1000);
        builder.Property(c => c.CreatedBy).HasMaxLength(64);
        builder.Property(c => c.SubmittedBy).HasMaxLength(64);
        builder.Property(c => c.DecidedBy).HasMaxLength(64);
        builder.Property(c => c.Version).IsRowVersion();
        builder.OwnsMany(c => c.Lines, line =>
        {
            line.ToTable("claim_lines");
            line.WithOwner().HasForeignKey("ClaimId");
            line.HasKey("ClaimId", nameof(ClaimLine.Number));
            line.Property(l => l.Number).ValueGeneratedNever();
            line.Property(l => l.Medicine).HasMaxLength(200);
            line.Property(l => l.AtcCode).HasMaxLength(7);
            line.Property(l => l.NotEligibleReason).HasMaxLength(64);
        });
        builder.OwnsMany(c => c.Transitions, transition =>
        {
            transition.ToTable("claim_transitions");
            transition.WithOwner().HasForeignKey("ClaimId");
            transition.HasKey("ClaimId", nameof(ClaimTransition.Sequence));
            transition.Property(t => t.Sequence).ValueGeneratedNever();
            transition.Property(t => t.From).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.To).HasConversion<string>().HasMaxLength(32);
            transition.Property(t => t.ByStaffId).HasMaxLength(64);
            transition.Property(t => t.ByLogin).HasMaxLength(100);
            transition.Property(t => t.Reason).HasMaxLength(2000);
        });
    }

    public void Configure(EntityTypeBuilder<ClaimAttachment> builder)
    {
        builder.ToTable("claim_attachments");
        builder.HasIndex(a => a.ClaimId);
        builder.Property(a => a.AssociationId).HasMaxLength(64);
        builder.Property(a => a.Kind).HasMaxLength(32);
        builder.Property(a => a.FileName).HasMaxLength(200);
        builder.Property(a => a.ContentType).HasMaxLength(64);
        builder.Property(a => a.UploadedBy).HasMaxLength(100);
    }
}
