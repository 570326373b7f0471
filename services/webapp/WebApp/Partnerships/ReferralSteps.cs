namespace PatientNetwork.WebApp.Partnerships;

/// <summary>
/// The staff steps a referral offers from each state (FHIR Task, as Partnerships' Referral allows them): accept or
/// reject a requested one, start an accepted one, complete one in progress. Partnerships refuses any other step
/// with a 409 whose text the page shows, so a referral changed meanwhile by someone else is still told apart.
/// </summary>
public static class ReferralSteps
{
    public const string Accept = "accept";
    public const string Reject = "reject";
    public const string Start = "start";
    public const string Complete = "complete";

    /// <summary>The API's status values (kebab-case) and the names its <c>?status=</c> filter takes.</summary>
    public static readonly IReadOnlyList<(string Value, string FilterName)> Statuses =
    [
        ("requested", "Requested"), ("accepted", "Accepted"), ("rejected", "Rejected"),
        ("in-progress", "InProgress"), ("completed", "Completed"), ("cancelled", "Cancelled"),
    ];

    public static IReadOnlyList<string> From(string status) => status switch
    {
        "requested" => [Accept, Reject],
        "accepted" => [Start],
        "in-progress" => [Complete],
        _ => [],
    };
}
