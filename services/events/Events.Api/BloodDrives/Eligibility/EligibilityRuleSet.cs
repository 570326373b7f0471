namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>
/// One version of a transfusion service's rules, as the association recorded it. Versions are never changed: a new
/// version is added, and a booking applies the latest one of its drive's transfusion centre (or the defaults).
/// </summary>
public sealed class EligibilityRuleSet
{
    private EligibilityRuleSet()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string TransfusionCentre { get; private set; } = "";

    public int Version { get; private set; }

    public int MinAge { get; private set; }

    public int MaxAge { get; private set; }

    public int MinWeightKg { get; private set; }

    public int MinDaysBetweenDonations { get; private set; }

    public int MaxPerYearMen { get; private set; }

    public int MaxPerYearWomen { get; private set; }

    /// <summary>Where the figures come from (a circular, a letter of the centre).</summary>
    public string Source { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public EligibilityRules Rules => new(Version, MinAge, MaxAge, MinWeightKg, MinDaysBetweenDonations, MaxPerYearMen, MaxPerYearWomen);

    public static EligibilityRuleSet Add(string associationId, RuleSetRequest request, int version, string createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AssociationId = associationId,
        TransfusionCentre = request.TransfusionCentre!.Trim(),
        Version = version,
        MinAge = request.MinAge!.Value,
        MaxAge = request.MaxAge!.Value,
        MinWeightKg = request.MinWeightKg!.Value,
        MinDaysBetweenDonations = request.MinDaysBetweenDonations!.Value,
        MaxPerYearMen = request.MaxPerYearMen!.Value,
        MaxPerYearWomen = request.MaxPerYearWomen!.Value,
        Source = request.Source!.Trim(),
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
