using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PatientNetwork.Events.BloodDrives.Donors;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.BloodDrives.Slots;
using PatientNetwork.Events.BloodDrives.Transport;

namespace PatientNetwork.Events.BloodDrives;

/// <summary>The blood drives' tables in one place, so their keys, indexes and locks read together.</summary>
internal sealed class BloodDrivesConfiguration :
    IEntityTypeConfiguration<BloodDrive>, IEntityTypeConfiguration<DriveSite>, IEntityTypeConfiguration<DriveSlot>,
    IEntityTypeConfiguration<Donor>, IEntityTypeConfiguration<DonorBooking>, IEntityTypeConfiguration<EligibilityRuleSet>,
    IEntityTypeConfiguration<PickupPoint>, IEntityTypeConfiguration<Vehicle>, IEntityTypeConfiguration<TransportRun>
{
    public void Configure(EntityTypeBuilder<BloodDrive> builder)
    {
        builder.ToTable("blood_drives");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasIndex(d => d.EventId).IsUnique();
        builder.HasIndex(d => d.AssociationId);
        builder.Property(d => d.AssociationId).HasMaxLength(64);
        builder.Property(d => d.BranchId).HasMaxLength(64);
        builder.Property(d => d.Hospital).HasMaxLength(200);
        builder.Property(d => d.TransfusionCentre).HasMaxLength(200);
        builder.Property(d => d.CreatedBy).HasMaxLength(100);
        builder.HasOne<AwarenessEvents.AwarenessEvent>().WithMany().HasForeignKey(d => d.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Sites).WithOne().HasForeignKey(s => s.DriveId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<DriveSite> builder)
    {
        builder.ToTable("blood_drive_sites");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.City).HasMaxLength(100);
        builder.Property(s => s.OpeningHours).AsJson();
        builder.Ignore(s => s.BatchSize);
        builder.ToTable(t => t.HasCheckConstraint("ck_blood_drive_sites_people_inside", "people_inside >= 0 AND people_inside <= waiting_room"));
    }

    public void Configure(EntityTypeBuilder<DriveSlot> builder)
    {
        builder.ToTable("blood_drive_slots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.DriveId, s.StartsAt });
        builder.HasOne<DriveSite>().WithMany().HasForeignKey(s => s.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<BloodDrive>().WithMany().HasForeignKey(s => s.DriveId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Donor> builder)
    {
        builder.ToTable("blood_donors");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.AssociationId).HasMaxLength(64);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.PhoneCiphertext).HasMaxLength(256);
        builder.Property(d => d.PhoneIndex).HasMaxLength(64);
        builder.HasIndex(d => new { d.AssociationId, d.PhoneIndex }).IsUnique();
        builder.Property(d => d.Sex).HasConversion<string>().HasMaxLength(8);
        builder.Property(d => d.City).HasMaxLength(100);
        builder.Property(d => d.Language).HasMaxLength(2);
        builder.Ignore(d => d.LastDonation);
    }

    public void Configure(EntityTypeBuilder<DonorBooking> builder)
    {
        builder.ToTable("blood_donor_bookings");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Code).HasMaxLength(16);
        builder.HasIndex(b => b.Code).IsUnique();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.Property(b => b.SmsCodeHash).HasMaxLength(64);
        builder.Property(b => b.CreatedBy).HasMaxLength(100);
        builder.HasIndex(b => new { b.SlotId, b.Status });
        builder.HasIndex(b => new { b.DriveId, b.DonorId });
        builder.HasIndex(b => b.OutRunId);
        builder.HasIndex(b => b.BackRunId);
        builder.HasOne<DriveSlot>().WithMany().HasForeignKey(b => b.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Donor>().WithMany().HasForeignKey(b => b.DonorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PickupPoint>().WithMany().HasForeignKey(b => b.PickupPointId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TransportRun>().WithMany().HasForeignKey(b => b.OutRunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TransportRun>().WithMany().HasForeignKey(b => b.BackRunId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(b => b.WithTransport);
    }

    public void Configure(EntityTypeBuilder<EligibilityRuleSet> builder)
    {
        builder.ToTable("blood_eligibility_rule_sets");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.AssociationId).HasMaxLength(64);
        builder.Property(r => r.TransfusionCentre).HasMaxLength(200);
        builder.Property(r => r.Source).HasMaxLength(500);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.HasIndex(r => new { r.AssociationId, r.TransfusionCentre, r.Version }).IsUnique();
        builder.Ignore(r => r.Rules);
    }

    public void Configure(EntityTypeBuilder<PickupPoint> builder)
    {
        builder.ToTable("blood_pickup_points");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.AssociationId).HasMaxLength(64);
        builder.Property(p => p.City).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.HasIndex(p => new { p.AssociationId, p.City });
    }

    public void Configure(EntityTypeBuilder<Vehicle> builder)
    {
        builder.ToTable("blood_vehicles");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.AssociationId).HasMaxLength(64);
        builder.Property(v => v.Label).HasMaxLength(100);
        builder.Property(v => v.DriverLogin).HasMaxLength(100);
        builder.Property(v => v.DriverPhoneCiphertext).HasMaxLength(256);
    }

    public void Configure(EntityTypeBuilder<TransportRun> builder)
    {
        // The exclusion constraint that keeps a vehicle off two overlapping live runs is created by the migration (btree_gist).
        builder.ToTable("transport_runs");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Leg).HasConversion<string>().HasMaxLength(8);
        builder.Property(r => r.City).HasMaxLength(100);
        builder.Property(r => r.Stops).AsJson();
        builder.HasIndex(r => new { r.SlotId, r.Leg });
        builder.HasOne<DriveSlot>().WithMany().HasForeignKey(r => r.SlotId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vehicle>().WithMany().HasForeignKey(r => r.VehicleId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Live);
    }
}
