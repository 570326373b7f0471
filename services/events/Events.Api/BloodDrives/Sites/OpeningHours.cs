namespace PatientNetwork.Events.BloodDrives.Sites;

/// <summary>One day a site is open, in Casablanca wall-clock time.</summary>
public sealed record OpeningHours(DateOnly Date, TimeOnly Opens, TimeOnly Closes);
