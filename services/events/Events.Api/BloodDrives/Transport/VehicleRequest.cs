namespace PatientNetwork.Events.BloodDrives.Transport;

public sealed record VehicleRequest(string? Label, int? Seats, int? WheelchairPlaces, string? DriverLogin, string? DriverPhone);
