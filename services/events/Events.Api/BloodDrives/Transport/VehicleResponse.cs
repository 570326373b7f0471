namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed record VehicleResponse(Guid Id, string Label, int Seats, int WheelchairPlaces, string DriverLogin, DateTimeOffset? WithdrawnAt)
{
    public static VehicleResponse From(Vehicle v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new(v.Id, v.Label, v.Seats, v.WheelchairPlaces, v.DriverLogin, v.WithdrawnAt);
    }
}
