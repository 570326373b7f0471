namespace PatientNetwork.Partnerships.Calendar;

/// <summary>A blood-drive slot not yet started: its site, times, batch size and the places a donor can still book. No names.</summary>
public sealed record PublicDriveSlotResponse(Guid Id, string Site, string City, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Free)
{
    public static PublicDriveSlotResponse From(PublicDriveSlot slot, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(slot);
        return new(slot.Id, slot.Site, slot.City, slot.StartsAt, slot.EndsAt, slot.Capacity, slot.FreeAt(now));
    }
}
