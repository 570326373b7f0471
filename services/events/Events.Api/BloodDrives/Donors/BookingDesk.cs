using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using PatientNetwork.Events.AwarenessEvents;
using PatientNetwork.Events.BloodDrives.Eligibility;
using PatientNetwork.Events.BloodDrives.Sites;
using PatientNetwork.Events.BloodDrives.Slots;
using PatientNetwork.Events.BloodDrives.Transport;
using PatientNetwork.Events.Infrastructure;
using PatientNetwork.Events.Registrations;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// Every change of who holds a place in a slot or a seat on a run, in one transaction that locks rows in one fixed
/// order: the slot's row first, then its runs' rows by id (<c>SELECT … FOR UPDATE</c>). Places and seats are counted
/// from the bookings while those rows are held, so concurrent bookings on any instance take their turn, a booking with
/// transport gets its place and both seats or nothing, and no two transactions wait on each other in a circle.
/// Waiting for a lock takes a slot of the shared <see cref="LockedChangeGate"/>, as Events registrations do.
/// Committing tells the public calendar the new places of every locked slot whose places changed (<see cref="FreePlacesMessage"/>).
/// </summary>
public sealed class BookingDesk(EventsDbContext db, TimeProvider time, LockedChangeGate gate, DonorContacts contacts, DonorMessages messages) : IDisposable
{
    /// <summary>How long an online booking holds its place while the donor types the SMS code.</summary>
    public static readonly TimeSpan ConfirmationHold = TimeSpan.FromMinutes(15);

    private readonly List<DriveSlot> lockedSlots = [];

    private bool inGate;

    /// <summary>Opens the transaction and locks the slot's row; null when the drive has no such slot.</summary>
    public async Task<DriveSlot?> LockSlotAsync(Guid driveId, Guid slotId, CancellationToken cancellationToken)
    {
        await BeginAsync(cancellationToken);
        return await LockSlotRowAsync(driveId, slotId, cancellationToken);
    }

    /// <summary>Opens the transaction (after a slot of the gate) without locking yet.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await gate.EnterAsync(cancellationToken);
        inGate = true;
        await db.Database.BeginTransactionAsync(cancellationToken);
    }

    /// <summary>Locks one more slot's row in the open transaction (several slots: in id order).</summary>
    public async Task<DriveSlot?> LockSlotRowAsync(Guid driveId, Guid slotId, CancellationToken cancellationToken)
    {
        var locked = await db.Database
            .SqlQuery<Guid>($"SELECT id AS \"Value\" FROM blood_drive_slots WHERE id = {slotId} AND drive_id = {driveId} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (locked.Count == 0)
        {
            return null;
        }

        var slot = await db.DriveSlots.FirstAsync(s => s.Id == slotId, cancellationToken);
        lockedSlots.Add(slot);
        return slot;
    }

    /// <summary>
    /// Cancels the run (its slot and the slot's live runs locked) and moves each passenger to another live run of the
    /// same slot and leg that stops at their pickup point and has a seat; the others are flagged "transport at risk".
    /// Nobody is dropped silently: every passenger is either on a live run or flagged.
    /// </summary>
    public async Task<RunCancellation> CancelRunAsync(BloodDrive drive, DriveSlot slot, TransportRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drive);
        ArgumentNullException.ThrowIfNull(slot);
        ArgumentNullException.ThrowIfNull(run);
        var now = time.GetUtcNow();
        run.Cancel(now);
        await db.SaveChangesAsync(cancellationToken);
        var others = (await db.TransportRuns.Where(r => r.SlotId == slot.Id && r.Leg == run.Leg && r.Id != run.Id && r.CancelledAt == null).OrderBy(r => r.Id).ToListAsync(cancellationToken));
        var passengers = await db.DonorBookings
            .Where(b => (run.Leg == RunLeg.Out ? b.OutRunId == run.Id : b.BackRunId == run.Id)
                && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)))
            .OrderBy(b => b.CreatedAt).ToListAsync(cancellationToken);
        var moved = 0;
        foreach (var passenger in passengers)
        {
            TransportRun? target = null;
            foreach (var other in others.Where(o => o.StopsAt(passenger.PickupPointId!.Value)))
            {
                if (await HasSeatAsync(other, passenger.Wheelchair, cancellationToken))
                {
                    target = other;
                    break;
                }
            }

            if (run.Leg == RunLeg.Out)
            {
                passenger.MoveOut(target?.Id);
            }
            else
            {
                passenger.MoveBack(target?.Id);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (target is not null)
            {
                moved++;
                var donor = await db.Donors.AsNoTracking().FirstAsync(d => d.Id == passenger.DonorId, cancellationToken);
                var point = await db.PickupPoints.AsNoTracking().FirstAsync(p => p.Id == passenger.PickupPointId, cancellationToken);
                if (donor.PhoneCiphertext is not null && run.Leg == RunLeg.Out)
                {
                    messages.Moved(drive.EventId, passenger, donor.PhoneCiphertext, donor.Language, slot.StartsAt, point.Name, target.TimeAt(point.Id), target.Id);
                }
            }
        }

        return new RunCancellation(run.Id, passengers.Count, moved, passengers.Count - moved);
    }

    /// <summary>Locks the runs' rows, by id so every transaction takes them in the same order; call with their slot locked.</summary>
    public async Task<List<TransportRun>> LockRunsAsync(IEnumerable<Guid> runIds, CancellationToken cancellationToken)
    {
        var ids = runIds.Distinct().OrderBy(id => id).ToArray();
        if (ids.Length == 0)
        {
            return [];
        }

        await db.Database.SqlQuery<Guid>($"SELECT id AS \"Value\" FROM transport_runs WHERE id = ANY({ids}) ORDER BY id FOR UPDATE").ToListAsync(cancellationToken);
        return await db.TransportRuns.Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync(cancellationToken);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var placesChanged = SlotsWithChangedPlaces();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            throw new EventRuleException("This donor is being booked by another request at the same moment; try again.");
        }

        if (placesChanged.Count > 0)
        {
            await FreePlacesMessage.AddAsync(db, placesChanged, time.GetUtcNow(), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await db.Database.CommitTransactionAsync(cancellationToken);
        LeaveGate();
    }

    public void Dispose() => LeaveGate();

    /// <summary>Places the slot holds now: booked, and online bookings still within their hold.</summary>
    public Task<int> PlacesTakenAsync(Guid slotId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return db.DonorBookings.CountAsync(b => b.SlotId == slotId
            && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)), cancellationToken);
    }

    /// <summary>Seats taken on a run (wheelchair places apart), counted like places.</summary>
    public async Task<(int Seats, int Wheelchairs)> SeatsTakenAsync(TransportRun run, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var riders = db.DonorBookings.Where(b => (run.Leg == RunLeg.Out ? b.OutRunId == run.Id : b.BackRunId == run.Id)
            && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)));
        var wheelchairs = await riders.CountAsync(b => b.Wheelchair, cancellationToken);
        return (await riders.CountAsync(cancellationToken) - wheelchairs, wheelchairs);
    }

    /// <summary>
    /// Seats taken on several runs at once (call with their rows locked): two grouped counts, one per leg, rather than two
    /// counts per run, because a booking waits for the slot's lock while the one before it counts (docs/benchmarks/blood-drive-booking.md).
    /// </summary>
    public async Task<Dictionary<Guid, (int Seats, int Wheelchairs)>> SeatsTakenAsync(IReadOnlyCollection<TransportRun> runs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var now = time.GetUtcNow();
        var holding = db.DonorBookings.Where(b => b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now));
        var outIds = runs.Where(r => r.Leg == RunLeg.Out).Select(r => r.Id).ToList();
        var backIds = runs.Where(r => r.Leg == RunLeg.Back).Select(r => r.Id).ToList();
        var counts = await holding.Where(b => b.OutRunId != null && outIds.Contains(b.OutRunId.Value))
            .GroupBy(b => new { Run = b.OutRunId!.Value, b.Wheelchair }).Select(g => new { g.Key.Run, g.Key.Wheelchair, Count = g.Count() })
            .ToListAsync(cancellationToken);
        counts.AddRange(await holding.Where(b => b.BackRunId != null && backIds.Contains(b.BackRunId.Value))
            .GroupBy(b => new { Run = b.BackRunId!.Value, b.Wheelchair }).Select(g => new { g.Key.Run, g.Key.Wheelchair, Count = g.Count() })
            .ToListAsync(cancellationToken));
        return runs.ToDictionary(r => r.Id, r => (
            counts.Where(c => c.Run == r.Id && !c.Wheelchair).Sum(c => c.Count),
            counts.Where(c => c.Run == r.Id && c.Wheelchair).Sum(c => c.Count)));
    }

    public async Task<bool> HasSeatAsync(TransportRun run, bool wheelchair, CancellationToken cancellationToken)
    {
        var (seats, wheelchairs) = await SeatsTakenAsync(run, cancellationToken);
        return wheelchair ? wheelchairs < run.WheelchairPlaces : seats < run.Seats;
    }

    /// <summary>
    /// Books the donor in the drive's slot, with a seat out and a seat back when a pickup point is given; null when the
    /// drive has no such slot. What no concurrent booking changes is read first, before the slot's lock: the slot's time,
    /// the donor, the centre's rules and the verdict, the pickup point. Only what bookings compete for is decided with the
    /// slot's row (then its runs') locked: another booking of the donor, the places, the seats. Online bookings hold their
    /// place until the SMS code is typed. Throws on anything refused, so nothing is written: not eligible (409 with the
    /// date), slot full, no seat (409), pickup in another city (400). The caller commits with <see cref="CommitAsync"/>.
    /// </summary>
    public async Task<DonorBooking?> BookAsync(BloodDrive drive, Guid slotId, BookingRequest request, bool online, string? bookedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drive);
        ArgumentNullException.ThrowIfNull(request);
        var now = time.GetUtcNow();
        var startsAt = await db.DriveSlots.AsNoTracking().Where(s => s.Id == slotId && s.DriveId == drive.Id).Select(s => (DateTimeOffset?)s.StartsAt).FirstOrDefaultAsync(cancellationToken);
        if (startsAt is null)
        {
            return null;
        }

        if (startsAt <= now)
        {
            throw new EventRuleException("This slot has started; book a later one.");
        }

        var donor = await DonorForAsync(drive, request, online, now, cancellationToken);
        var rules = await RulesAsync(drive, cancellationToken);
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startsAt.Value, TimeZoneInfo.FindSystemTimeZoneById(SlotSizing.TimeZoneId)).DateTime);
        var facts = online && donor.CreatedAt != now
            ? donor.Facts(request.WeightKg) with { Donations = [.. donor.Donations, .. Declared(request)] }
            : donor.Facts(request.WeightKg);
        var verdict = EligibilityCheck.Evaluate(rules, facts, day);
        if (!verdict.Eligible)
        {
            throw new NotEligibleException(verdict);
        }

        var point = request.PickupPointId is { } pickupPointId
            ? await db.PickupPoints.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pickupPointId && p.AssociationId == drive.AssociationId, cancellationToken)
                ?? throw new EventInputException("pickupPointId", "No such pickup point.")
            : null;

        var slot = await LockSlotAsync(drive.Id, slotId, cancellationToken);
        if (slot is null)
        {
            return null;
        }

        if (await db.DonorBookings.AnyAsync(b => b.DriveId == drive.Id && b.DonorId == donor.Id
                && (b.Status == BookingStatus.Booked || (b.Status == BookingStatus.AwaitingConfirmation && b.HoldExpiresAt > now)), cancellationToken))
        {
            throw new EventRuleException("This donor already has a booking in this drive; cancel it to book another slot.");
        }

        if (await PlacesTakenAsync(slot.Id, cancellationToken) >= slot.Capacity)
        {
            throw new EventRuleException("The slot is full; choose another slot.");
        }

        var smsCode = online ? RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture) : null;
        var booking = DonorBooking.Take(drive.Id, slot.Id, donor.Id, RegistrationCodes.New(), smsCode, ConfirmationHold, bookedBy, now, request.Wheelchair ?? false);
        DateTimeOffset? pickupAt = point is null ? null : await ReserveSeatsAsync(slot, booking, point, cancellationToken);
        db.DonorBookings.Add(booking);
        var language = request.Language ?? donor.Language;
        var phone = contacts.Encrypt(request.Phone!);
        if (smsCode is not null)
        {
            messages.ConfirmationCode(drive.EventId, booking, phone, language, smsCode);
        }
        else
        {
            messages.Booked(drive.EventId, booking, phone, language, slot.StartsAt, point?.Name, pickupAt);
        }

        return booking;
    }

    /// <summary>The drive's transfusion centre's latest rule set, or the documented defaults.</summary>
    public async Task<EligibilityRules> RulesAsync(BloodDrive drive, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(drive);
        var latest = await db.EligibilityRuleSets.AsNoTracking()
            .Where(r => r.AssociationId == drive.AssociationId && r.TransfusionCentre == drive.TransfusionCentre)
            .OrderByDescending(r => r.Version).FirstOrDefaultAsync(cancellationToken);
        return latest?.Rules ?? EligibilityRules.Defaults;
    }

    private static IEnumerable<DateOnly> Declared(BookingRequest request) =>
        (request.EarlierDonations ?? []).Concat(request.LastDonationDate is { } last ? [last] : []);

    /// <summary>The association's donor with this phone, or a new one; saved with the booking.</summary>
    private async Task<Donor> DonorForAsync(BloodDrive drive, BookingRequest request, bool online, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var phoneIndex = contacts.IndexOf(request.Phone!);
        var donor = await db.Donors.FirstOrDefaultAsync(d => d.AssociationId == drive.AssociationId && d.PhoneIndex == phoneIndex, cancellationToken);
        if (donor is null)
        {
            donor = Donor.Register(drive.AssociationId, request, contacts.Encrypt(request.Phone!), phoneIndex, now);
            db.Donors.Add(donor);
        }
        else if (!online)
        {
            // Staff have the donor before them; online, the phone is not yet proven, so the record is not changed by it.
            donor.Update(request, contacts.Encrypt(request.Phone!), phoneIndex);
        }

        return donor;
    }

    /// <summary>A seat out and a seat back from the pickup point; call with the slot locked. Returns the pickup time.</summary>
    private async Task<DateTimeOffset> ReserveSeatsAsync(DriveSlot slot, DonorBooking booking, PickupPoint point, CancellationToken cancellationToken)
    {
        var candidates = await db.TransportRuns.AsNoTracking().Where(r => r.SlotId == slot.Id && r.CancelledAt == null).Select(r => r.Id).ToListAsync(cancellationToken);
        var runs = await LockRunsAsync(candidates, cancellationToken);
        if (runs.Count == 0)
        {
            throw new EventRuleException("This slot has no transport; book it without a pickup point.");
        }

        if (runs.All(r => r.City != point.City))
        {
            throw new EventInputException("pickupPointId", "The pickup point is in another city than this slot's runs.");
        }

        var stopping = runs.Where(r => r.Live && r.StopsAt(point.Id)).ToList();
        var taken = await SeatsTakenAsync(stopping, cancellationToken);
        bool HasSeat(TransportRun run)
        {
            var (seats, wheelchairs) = taken.GetValueOrDefault(run.Id);
            return booking.Wheelchair ? wheelchairs < run.WheelchairPlaces : seats < run.Seats;
        }

        var outRun = stopping.FirstOrDefault(r => r.Leg == RunLeg.Out && HasSeat(r));
        var backRun = stopping.FirstOrDefault(r => r.Leg == RunLeg.Back && HasSeat(r));

        if (outRun is null || backRun is null)
        {
            throw new EventRuleException($"No seat left {(outRun is null ? "on the way there" : "on the way back")} from this pickup point; the slot was not booked.");
        }

        booking.Ride(point.Id, outRun.Id, backRun.Id);
        return outRun.TimeAt(point.Id)!.Value;
    }

    /// <summary>
    /// The locked slots whose places this transaction changes: a booking added or its status changed, or the capacity
    /// resized. Read from the change tracker before saving, so no writer has to remember to tell the calendar.
    /// </summary>
    private List<DriveSlot> SlotsWithChangedPlaces()
    {
        var slotIds = db.ChangeTracker.Entries<DonorBooking>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(b => b.Status).IsModified))
            .Select(e => e.Entity.SlotId).ToHashSet();
        return lockedSlots.DistinctBy(s => s.Id)
            .Where(s => slotIds.Contains(s.Id) || db.Entry(s).Property(x => x.Capacity).IsModified).ToList();
    }

    private void LeaveGate()
    {
        if (inGate)
        {
            inGate = false;
            gate.Leave();
        }
    }
}
