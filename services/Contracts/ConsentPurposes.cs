namespace PatientNetwork.Contracts;

/// <summary>The purposes a patient consents to separately, as they travel in consent events.</summary>
public static class ConsentPurposes
{
    public const string CareCoordination = "care-coordination";
    public const string MedicineFunding = "medicine-funding";
    public const string Statistics = "statistics";
    public const string ResearchContact = "research-contact";

    public static readonly IReadOnlyList<string> All = [CareCoordination, MedicineFunding, Statistics, ResearchContact];
}
