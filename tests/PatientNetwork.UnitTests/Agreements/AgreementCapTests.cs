using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class AgreementCapTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void The_cap_is_the_union_of_what_the_agreements_in_force_today_share()
    {
        var statistics = Active(Today.AddDays(-5), Today.AddDays(5), "statistics.read", "calendar.read");
        var referrals = Active(Today, null, "referrals.write", "calendar.read");

        var cap = AgreementCap.Of([statistics, referrals], Today);

        Assert.Equal(new[] { "calendar.read", "referrals.write", "statistics.read" }, cap.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Start_and_end_days_are_both_in_force_and_the_days_outside_are_not()
    {
        var agreement = Active(Today, Today.AddDays(2), "statistics.read");

        Assert.Empty(AgreementCap.Of([agreement], Today.AddDays(-1)));
        Assert.Single(AgreementCap.Of([agreement], Today));
        Assert.Single(AgreementCap.Of([agreement], Today.AddDays(2)));
        Assert.Empty(AgreementCap.Of([agreement], Today.AddDays(3)));
    }

    [Fact]
    public void Drafts_and_terminated_agreements_share_nothing()
    {
        var draft = AgreementTransitionTests.Draft(Today.AddDays(-1), null, "statistics.read");
        var terminated = Active(Today.AddDays(-1), null, "referrals.write");
        terminated.Terminate("hajar.admin", Now, "ended");

        Assert.Empty(AgreementCap.Of([draft, terminated], Today));
    }

    [Fact]
    public void The_cap_day_is_the_utc_date()
    {
        var lateEveningInCasablanca = new FixedTime(new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.FromHours(-1)));

        Assert.Equal(new DateOnly(2026, 12, 4), AgreementCap.Today(lateEveningInCasablanca));
    }

    private static PartnerAgreement Active(DateOnly startsOn, DateOnly? endsOn, params string[] scopes)
    {
        var agreement = AgreementTransitionTests.Draft(startsOn, endsOn, scopes);
        agreement.Activate("hajar.admin", Now, startsOn);
        return agreement;
    }
}
