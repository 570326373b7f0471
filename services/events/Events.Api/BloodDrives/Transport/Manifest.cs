namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>What a driver needs for one run: the vehicle, the times, the stops in order with names and phones.</summary>
public sealed record Manifest(Guid RunId, string Vehicle, string DriverLogin, RunLeg Leg, string City, string Site, DateTimeOffset DepartsAt, DateTimeOffset ArrivesAt, IReadOnlyList<ManifestStop> Stops)
{
    /// <summary>The manifest as one SMS to the driver (pickup times in Casablanca time).</summary>
    public string AsText()
    {
        var casablanca = TimeZoneInfo.FindSystemTimeZoneById(Sites.SlotSizing.TimeZoneId);
        string Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, casablanca).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var lines = Stops.Select(s => $"{s.Order}. {Local(s.At)} {s.PickupPoint}: " + string.Join(", ", s.Passengers.Select(p => $"{p.Name} {p.Phone}")));
        return $"{Vehicle} {(Leg == RunLeg.Out ? "aller" : "retour")} {Site} {Local(DepartsAt)}-{Local(ArrivesAt)}\n" + string.Join("\n", lines);
    }
}
