namespace PatientNetwork.Events.BloodDrives.Slots;

public sealed record SlotChangeRequest(int? Capacity);
