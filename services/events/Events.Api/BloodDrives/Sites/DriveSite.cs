using PatientNetwork.Events.AwarenessEvents;

namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>
/// A place where donors give: its waiting room (the most people waiting at once), its donation chairs and the minutes a
/// donor takes in a chair, the length of a slot and the days it is open. <see cref="PeopleInside"/> is the waiting room's
/// count on the day, changed under the site's row lock like an event's people-inside count.
/// </summary>
public sealed class DriveSite
{
    private DriveSite()
    {
    }

    public Guid Id { get; private set; }

    public Guid DriveId { get; private set; }

    public string Name { get; private set; } = "";

    public string City { get; private set; } = "";

    public int WaitingRoom { get; private set; }

    public int Chairs { get; private set; }

    public int MinutesPerDonor { get; private set; }

    public int SlotMinutes { get; private set; }

    public List<OpeningHours> OpeningHours { get; private set; } = [];

    public int PeopleInside { get; private set; }

    public int BatchSize => SlotSizing.BatchSize(WaitingRoom, Chairs, SlotMinutes, MinutesPerDonor);

    public static DriveSite Add(Guid driveId, SiteRequest request, string cityCode, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DriveId = driveId,
        Name = request.Name!.Trim(),
        City = cityCode,
        WaitingRoom = request.WaitingRoom!.Value,
        Chairs = request.Chairs!.Value,
        MinutesPerDonor = request.MinutesPerDonor!.Value,
        SlotMinutes = request.SlotMinutes!.Value,
        OpeningHours = [.. request.OpeningHours!.OrderBy(h => h.Date).ThenBy(h => h.Opens)],
    };

    /// <summary>A donor enters the waiting room; refused (409) when it is full, so a batch enters as the previous one leaves.</summary>
    public void LetIn()
    {
        if (PeopleInside + 1 > WaitingRoom)
        {
            throw new EventRuleException($"The waiting room is full: {PeopleInside} of {WaitingRoom} people are inside.");
        }

        PeopleInside++;
    }

    public void LetOut() => PeopleInside = Math.Max(0, PeopleInside - 1);
}
