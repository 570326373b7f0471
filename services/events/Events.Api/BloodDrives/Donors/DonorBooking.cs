using System.Security.Cryptography;
using System.Text;
using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// A donor's place in a slot, with a seat on an out run and on a back run when they asked for transport. Created
/// under the slot's and the runs' row locks (<see cref="BookingDesk"/>); the place and seats count while it is booked,
/// or awaiting confirmation before <see cref="HoldExpiresAt"/>.
/// </summary>
public sealed class DonorBooking
{
    public const int MaxCodeAttempts = 5;

    private DonorBooking()
    {
    }

    public Guid Id { get; private set; }

    public Guid DriveId { get; private set; }

    public Guid SlotId { get; private set; }

    public Guid DonorId { get; private set; }

    /// <summary>The booking code (as Events registrations have): with the phone, the donor's key to their booking.</summary>
    public string Code { get; private set; } = "";

    public BookingStatus Status { get; private set; }

    public bool Online { get; private set; }

    public string? SmsCodeHash { get; private set; }

    public int SmsCodeAttempts { get; private set; }

    public DateTimeOffset? HoldExpiresAt { get; private set; }

    public Guid? PickupPointId { get; private set; }

    public Guid? OutRunId { get; private set; }

    public Guid? BackRunId { get; private set; }

    public bool Wheelchair { get; private set; }

    /// <summary>Set when a run of this booking was cancelled and no other run had a seat: a coordinator must act.</summary>
    public bool TransportAtRisk { get; private set; }

    public bool? BoardedOut { get; private set; }

    public bool? BoardedBack { get; private set; }

    public bool CheckedIn { get; private set; }

    public bool Inside { get; private set; }

    public BookingOutcome Outcome { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTimeOffset StatusSince { get; private set; }

    public bool WithTransport => PickupPointId is not null;

    public static DonorBooking Take(Guid driveId, Guid slotId, Guid donorId, string code, string? smsCode, TimeSpan hold, string? createdBy, DateTimeOffset now, bool wheelchair)
    {
        var booking = new DonorBooking
        {
            Id = Guid.CreateVersion7(now),
            DriveId = driveId,
            SlotId = slotId,
            DonorId = donorId,
            Code = code,
            Online = smsCode is not null,
            Status = smsCode is null ? BookingStatus.Booked : BookingStatus.AwaitingConfirmation,
            HoldExpiresAt = smsCode is null ? null : now + hold,
            CreatedAt = now,
            CreatedBy = createdBy,
            StatusSince = now,
            Wheelchair = wheelchair,
        };
        booking.SmsCodeHash = smsCode is null ? null : booking.Hash(smsCode);
        return booking;
    }

    public void Ride(Guid pickupPointId, Guid outRunId, Guid backRunId)
    {
        PickupPointId = pickupPointId;
        OutRunId = outRunId;
        BackRunId = backRunId;
        TransportAtRisk = false;
    }

    /// <summary>The phone's owner typed the SMS code: the booking counts for good. Five wrong codes cancel it.</summary>
    public bool Confirm(string smsCode, DateTimeOffset now)
    {
        Require(Status == BookingStatus.AwaitingConfirmation, "This booking awaits no confirmation.");
        Require(HoldExpiresAt > now, "The confirmation came too late; the place was released. Book again.");
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(smsCode.Trim())), Encoding.ASCII.GetBytes(SmsCodeHash ?? "")))
        {
            SmsCodeAttempts++;
            if (SmsCodeAttempts >= MaxCodeAttempts)
            {
                SetStatus(BookingStatus.Cancelled, now);
            }

            return false;
        }

        SetStatus(BookingStatus.Booked, now);
        HoldExpiresAt = null;
        SmsCodeHash = null;
        return true;
    }

    public void Cancel(DateTimeOffset now)
    {
        Require(Status is BookingStatus.AwaitingConfirmation or BookingStatus.Booked, "This booking is already cancelled.");
        SetStatus(BookingStatus.Cancelled, now);
    }

    /// <summary>The run was cancelled: the passenger moves to another run, or is flagged for a coordinator.</summary>
    public void MoveOut(Guid? runId)
    {
        OutRunId = runId ?? OutRunId;
        TransportAtRisk |= runId is null;
    }

    public void MoveBack(Guid? runId)
    {
        BackRunId = runId ?? BackRunId;
        TransportAtRisk |= runId is null;
    }

    public void Board(bool outLeg, bool boarded)
    {
        Require(Status == BookingStatus.Booked && WithTransport, "Only a booked donor with transport boards.");
        if (outLeg)
        {
            BoardedOut = boarded;
        }
        else
        {
            BoardedBack = boarded;
        }
    }

    public bool Enter()
    {
        Require(Status == BookingStatus.Booked, "Only a booked donor checks in.");
        if (Inside)
        {
            return false;
        }

        Inside = true;
        CheckedIn = true;
        return true;
    }

    public bool Leave()
    {
        if (!Inside)
        {
            return false;
        }

        Inside = false;
        return true;
    }

    public void Record(BookingOutcome outcome)
    {
        Require(Status == BookingStatus.Booked, "Only a booked donor has an outcome.");
        Outcome = outcome;
    }

    public bool HoldsPlace(DateTimeOffset now) => Status == BookingStatus.Booked || (Status == BookingStatus.AwaitingConfirmation && HoldExpiresAt > now);

    private string Hash(string smsCode) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{Id:N}:{smsCode}")));

    private void SetStatus(BookingStatus status, DateTimeOffset now)
    {
        Status = status;
        StatusSince = now;
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new EventRuleException(message);
        }
    }
}
