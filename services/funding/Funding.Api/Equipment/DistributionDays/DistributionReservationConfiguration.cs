using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Funding.Equipment.Stock;

namespace PatientNetwork.Funding.Equipment.DistributionDays;

internal sealed class DistributionReservationConfiguration : IEntityTypeConfiguration<DistributionReservation>
{
    /// <summary>A child is on a day's list once; a chair is reserved once at a time.</summary>
    public const string OncePerDayIndex = "ix_distribution_reservations_day_id_patient_id";
    public const string OpenPerItemIndex = "ix_distribution_reservations_item_id_open";

    public void Configure(EntityTypeBuilder<DistributionReservation> builder)
    {
        builder.ToTable("distribution_reservations");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<EquipmentItem>().WithMany().HasForeignKey(r => r.ItemId);
        builder.HasIndex(r => new { r.DayId, r.PatientId }).IsUnique().HasDatabaseName(OncePerDayIndex);
        builder.HasIndex(r => r.ItemId).IsUnique().HasFilter("outcome = 'Reserved'").HasDatabaseName(OpenPerItemIndex);
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.RegionCode).HasMaxLength(64);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Note).HasMaxLength(1000);
    }
}
