namespace PatientNetwork.Events.BloodDrives.Sites;

public sealed record SiteResponse(Guid Id, string Name, string City, int WaitingRoom, int Chairs, int MinutesPerDonor, int SlotMinutes, int BatchSize, int PeopleInside, IReadOnlyList<OpeningHours> OpeningHours, int Slots)
{
    public static SiteResponse From(DriveSite site, int slots)
    {
        ArgumentNullException.ThrowIfNull(site);
        return new(site.Id, site.Name, site.City, site.WaitingRoom, site.Chairs, site.MinutesPerDonor, site.SlotMinutes, site.BatchSize, site.PeopleInside, site.OpeningHours, slots);
    }
}
