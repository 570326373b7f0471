namespace PatientNetwork.Funding.Payouts;

/// <summary>Open while a claim of the run awaits its payment; completed when each is paid or returned.</summary>
public enum PayoutRunStatus
{
    Open,
    Completed,
}
