using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PatientNetwork.Events.Registrations;

internal sealed class PublicRegistrationWindowConfiguration : IEntityTypeConfiguration<PublicRegistrationWindow>
{
    public void Configure(EntityTypeBuilder<PublicRegistrationWindow> builder)
    {
        builder.ToTable("public_registration_windows");
        builder.HasKey(w => new { w.Client, w.WindowStart });
        builder.Property(w => w.Client).HasMaxLength(64);
        // The sweeper's pruning of ended windows.
        builder.HasIndex(w => w.WindowStart);
    }
}
