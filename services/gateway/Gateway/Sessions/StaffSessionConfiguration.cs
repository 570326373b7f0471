using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Gateway.Sessions;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> builder)
    {
        builder.ToTable("staff_sessions");
        builder.HasIndex(s => s.AccountId).HasFilter("ended_at IS NULL");
        builder.Property(s => s.AssociationId).HasMaxLength(64);
        builder.Property(s => s.ClientAddress).HasMaxLength(64);
        builder.Property(s => s.EndReason).HasConversion<string>().HasMaxLength(32);
    }
}
