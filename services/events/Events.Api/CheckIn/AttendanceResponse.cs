namespace PatientNetwork.Events.CheckIn;

/// <summary>The door's live view: people inside now, the cap, and parties by status.</summary>
public sealed record AttendanceResponse(Guid EventId, int PeopleInside, int? PeopleInsideCap, int? Capacity, int PlacesTaken, IReadOnlyDictionary<string, int> PartiesByStatus);
