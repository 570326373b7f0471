using PatientNetwork.Partnerships.Referrals;

namespace PatientNetwork.UnitTests.Partnerships;

public sealed class ReferralTransitionTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);

    private static Referral NewReferral() =>
        Referral.Request(Guid.NewGuid(), "partner", "hajar", "hash", "primary-immunodeficiency", "D81.9", "casablanca-settat", ReferralUrgency.Urgent, "v1:x", "partner", At);

    [Fact]
    public void An_accepted_referral_goes_in_progress_then_completed_with_each_step_recorded()
    {
        var referral = NewReferral();
        referral.Accept("coordinator", At.AddMinutes(1));
        referral.Start("coordinator", At.AddMinutes(2));
        referral.Complete("coordinator", At.AddMinutes(3));

        Assert.Equal(ReferralStatus.Completed, referral.Status);
        Assert.Equal([ReferralStatus.Requested, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed], referral.History.Select(h => h.To));
        Assert.Equal(At.AddMinutes(3), referral.StatusChangedAt);
    }

    [Fact]
    public void A_rejection_keeps_its_reason()
    {
        var referral = NewReferral();
        referral.Reject("coordinator", At, "Outside our diagnosis groups");
        Assert.Equal("Outside our diagnosis groups", referral.History[^1].Reason);
    }

    [Fact]
    public void A_requested_or_accepted_referral_can_be_cancelled_but_not_one_in_progress()
    {
        var requested = NewReferral();
        requested.Cancel("partner", At, null);
        Assert.Equal(ReferralStatus.Cancelled, requested.Status);

        var accepted = NewReferral();
        accepted.Accept("coordinator", At);
        accepted.Cancel("partner", At, "family moved");
        Assert.Equal(ReferralStatus.Cancelled, accepted.Status);

        var started = NewReferral();
        started.Accept("coordinator", At);
        started.Start("coordinator", At);
        Assert.Throws<ReferralConflictException>(() => started.Cancel("partner", At, null));
    }

    [Fact]
    public void No_step_skips_a_state_or_leaves_a_final_one()
    {
        var referral = NewReferral();
        Assert.Throws<ReferralConflictException>(() => referral.Complete("coordinator", At));
        Assert.Throws<ReferralConflictException>(() => referral.Start("coordinator", At));
        referral.Reject("coordinator", At, "no");
        Assert.Throws<ReferralConflictException>(() => referral.Accept("coordinator", At));
        Assert.Equal(2, referral.History.Count);
    }
}
