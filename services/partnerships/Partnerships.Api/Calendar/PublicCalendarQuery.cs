namespace PatientNetwork.Partnerships.Calendar;

/// <summary>
/// Filters of the public calendar: <c>city</c> (a city code such as <c>casablanca</c>), <c>kind</c> (awareness,
/// lecture, workshop, celebration, remote-session, blood-drive), and <c>from</c>/<c>to</c> dates (inclusive, by the
/// day the event starts, UTC); without <c>from</c>, events that have not ended yet.
/// </summary>
public sealed record PublicCalendarQuery(string? City, string? Kind, DateOnly? From, DateOnly? To);
