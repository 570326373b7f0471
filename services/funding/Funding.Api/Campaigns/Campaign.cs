namespace PatientNetwork.Funding.Campaigns;

/// <summary>
/// A fundraising campaign ("Unité de greffe DIP") with a goal and dates, backed by a restricted fund of the
/// ledger (<see cref="FundAccountId"/>). Its progress is never stored here: it is that fund's ledger balance.
/// </summary>
public sealed class Campaign
{
    private Campaign()
    {
    }

    public Guid Id { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public long GoalCentimes { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public Guid FundAccountId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static Campaign Create(Guid id, string associationId, string name, string? description, long goalCentimes, DateOnly startsOn, DateOnly endsOn, Guid fundAccountId, string createdBy, DateTimeOffset now) => new()
    {
        Id = id,
        AssociationId = associationId,
        Name = name,
        Description = description,
        GoalCentimes = goalCentimes,
        StartsOn = startsOn,
        EndsOn = endsOn,
        FundAccountId = fundAccountId,
        CreatedAt = now,
        CreatedBy = createdBy,
    };
}
