namespace PatientNetwork.Funding.Equipment.DistributionDays;

/// <summary>What became of a chair reserved for a child on a distribution day.</summary>
public enum ReservationOutcome
{
    Reserved,
    HandedOut,
    NotHandedOut,
}
