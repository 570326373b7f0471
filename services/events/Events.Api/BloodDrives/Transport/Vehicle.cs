namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A vehicle with its seats and wheelchair places, driven by a staff account (<see cref="DriverLogin"/>, role driver).</summary>
public sealed class Vehicle
{
    private Vehicle()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Label { get; private set; } = "";

    public int Seats { get; private set; }

    public int WheelchairPlaces { get; private set; }

    public string DriverLogin { get; private set; } = "";

    /// <summary>The driver's phone, encrypted, for the manifest by SMS.</summary>
    public string? DriverPhoneCiphertext { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public static Vehicle Add(string associationId, VehicleRequest request, string? driverPhoneCiphertext, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        Label = request.Label!.Trim(),
        Seats = request.Seats!.Value,
        WheelchairPlaces = request.WheelchairPlaces ?? 0,
        DriverLogin = request.DriverLogin!.Trim(),
        DriverPhoneCiphertext = driverPhoneCiphertext,
    };

    public void Withdraw(DateTimeOffset now) => WithdrawnAt ??= now;
}
