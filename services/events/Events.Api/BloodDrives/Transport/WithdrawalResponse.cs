namespace PatientNetwork.Events.BloodDrives.Transport;

/// <summary>A withdrawn vehicle's runs, each cancelled with its passengers moved or flagged.</summary>
public sealed record WithdrawalResponse(Guid VehicleId, IReadOnlyList<RunCancellation> Runs);
