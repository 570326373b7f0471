namespace PatientNetwork.Funding.Coverage;

/// <summary>Where a coverage account stands; travels as "active", "suspended" or "closed".</summary>
public enum CoverageStatus
{
    /// <summary>Medicine costs are covered.</summary>
    Active,

    /// <summary>Kept, but nothing is covered while the patient's medicine-funding consent is withdrawn.</summary>
    Suspended,

    /// <summary>For good: the patient record was merged into another one, which the account points to.</summary>
    Closed,
}
