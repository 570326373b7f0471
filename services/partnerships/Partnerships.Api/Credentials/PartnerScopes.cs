namespace PatientNetwork.Partnerships.Credentials;

/// <summary>What a partner credential may be granted: each scope opens one part of the partner API.</summary>
public static class PartnerScopes
{
    public const string StatisticsRead = "statistics.read";
    public const string CalendarRead = "calendar.read";
    public const string ReferralsWrite = "referrals.write";
    public const string ReferralsRead = "referrals.read";
    public const string WebhooksManage = "webhooks.manage";

    public static readonly IReadOnlyList<string> All = [StatisticsRead, CalendarRead, ReferralsWrite, ReferralsRead, WebhooksManage];

    /// <summary>The authorization policy that requires a live partner token holding <paramref name="scope"/>.</summary>
    public static string Policy(string scope) => $"partner:{scope}";

    /// <summary>The policy of any live partner token, whatever its scopes.</summary>
    public const string AnyPartnerPolicy = "partner";
}
