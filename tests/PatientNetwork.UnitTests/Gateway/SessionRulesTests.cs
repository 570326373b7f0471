using PatientNetwork.Gateway.Sessions;

namespace PatientNetwork.UnitTests.Gateway;

public sealed class SessionRulesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    private static readonly DateTimeOffset Expires = Start.AddHours(8);

    [Fact]
    public void A_session_used_within_the_idle_timeout_and_before_its_end_is_live() =>
        Assert.Null(SessionRules.EndedBy(Start.AddHours(7), Expires, Start.AddHours(7).AddMinutes(-29), Idle, null));

    [Fact]
    public void A_session_unused_for_the_idle_timeout_has_gone_idle() =>
        Assert.Equal(SessionEndReason.Idle, SessionRules.EndedBy(Start.AddMinutes(30), Expires, Start, Idle, null));

    [Fact]
    public void A_session_past_its_absolute_end_has_expired_however_recently_it_was_used() =>
        Assert.Equal(SessionEndReason.Expired, SessionRules.EndedBy(Expires, Expires, Expires.AddSeconds(-1), Idle, null));

    [Fact]
    public void A_session_that_was_ended_stays_ended() =>
        Assert.Equal(SessionEndReason.SignedOut, SessionRules.EndedBy(Start.AddMinutes(1), Expires, Start, Idle, SessionEndReason.SignedOut));

    [Fact]
    public void The_cache_keeps_a_session_for_the_idle_timeout_but_never_past_its_end()
    {
        Assert.Equal(Idle, SessionRules.CacheLifetime(Start, Expires, Idle));
        Assert.Equal(TimeSpan.FromMinutes(10), SessionRules.CacheLifetime(Expires.AddMinutes(-10), Expires, Idle));
    }

    [Fact]
    public void The_database_hears_of_use_every_minute_or_twice_per_short_idle_timeout()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), SessionRules.TouchInterval(Idle));
        Assert.Equal(TimeSpan.FromSeconds(2), SessionRules.TouchInterval(TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void An_override_gives_one_login_its_own_idle_timeout()
    {
        var options = new StaffSessionOptions { IdleTimeoutOverrides = { ["hajar.door"] = TimeSpan.FromMinutes(5) } };

        Assert.Equal(TimeSpan.FromMinutes(5), options.IdleTimeoutFor("hajar.door"));
        Assert.Equal(TimeSpan.FromMinutes(30), options.IdleTimeoutFor("hajar.admin"));
    }
}
