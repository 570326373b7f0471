using PatientNetwork.Events.BloodDrives.Eligibility;

namespace PatientNetwork.Events.BloodDrives.Donors;

/// <summary>
/// A booking in a slot, by the donor themselves (public) or by staff: the donor's details, the weight they declare, and,
/// for a round trip, the pickup point where they board (a seat out and a seat back are then reserved with the place).
/// </summary>
public sealed record BookingRequest(
    Guid? SlotId,
    string? Name,
    string? Phone,
    DonorSex? Sex,
    DateOnly? BirthDate,
    string? City,
    string? Language,
    int? WeightKg,
    DateOnly? LastDonationDate,
    IReadOnlyList<DateOnly>? EarlierDonations,
    Guid? PickupPointId,
    bool? Wheelchair) : IDonorDetails;
