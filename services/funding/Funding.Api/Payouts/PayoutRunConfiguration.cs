using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Funding.Payouts;

internal sealed class PayoutRunConfiguration : IEntityTypeConfiguration<PayoutRun>
{
    public void Configure(EntityTypeBuilder<PayoutRun> builder)
    {
        builder.HasIndex(r => new { r.AssociationId, r.IdempotencyKey }).IsUnique();
        builder.HasIndex(r => new { r.AssociationId, r.CreatedAt });
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.IdempotencyKey).HasMaxLength(200);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.Payee).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.SourceAccountCode);
    }
}
