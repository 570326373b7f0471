using PatientNetwork.Partnerships.Agreements;

namespace PatientNetwork.UnitTests.Agreements;

public sealed class AgreementTransitionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void A_draft_becomes_active_and_an_active_agreement_is_terminated_with_its_reason()
    {
        var agreement = Draft(Today.AddDays(-1), Today.AddDays(30));

        agreement.Activate("hajar.admin", Now, Today);
        Assert.Equal(AgreementStatus.Active, agreement.Status);

        agreement.Terminate("hajar.admin", Now.AddDays(1), "The hospital ended the programme");
        Assert.Equal(AgreementStatus.Terminated, agreement.Status);
        Assert.Equal("The hospital ended the programme", agreement.TerminationReason);
        Assert.Equal(Now.AddDays(1), agreement.StatusChangedAt);
    }

    [Fact]
    public void A_draft_cannot_be_terminated_and_the_refusal_names_its_state()
    {
        var agreement = Draft(Today, null);

        var conflict = Assert.Throws<AgreementConflictException>(() => agreement.Terminate("hajar.admin", Now, "why"));
        Assert.Contains("draft", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(AgreementStatus.Draft, agreement.Status);
    }

    [Fact]
    public void A_terminated_agreement_cannot_be_activated_again()
    {
        var agreement = Draft(Today, null);
        agreement.Activate("hajar.admin", Now, Today);
        agreement.Terminate("hajar.admin", Now, "why");

        var conflict = Assert.Throws<AgreementConflictException>(() => agreement.Activate("hajar.admin", Now, Today));
        Assert.Contains("terminated", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_past_its_end_cannot_be_activated()
    {
        var agreement = Draft(Today.AddDays(-30), Today.AddDays(-1));

        Assert.Throws<AgreementConflictException>(() => agreement.Activate("hajar.admin", Now, Today));
    }

    [Fact]
    public void An_active_agreement_expires_only_the_day_after_its_end()
    {
        var agreement = Draft(Today.AddDays(-10), Today);
        agreement.Activate("hajar.admin", Now, Today);

        Assert.False(agreement.ExpireIfEnded(Now, Today));
        Assert.True(agreement.ExpireIfEnded(Now.AddDays(1), Today.AddDays(1)));
        Assert.Equal(AgreementStatus.Expired, agreement.Status);
        Assert.Equal(PartnerAgreement.Expirer, agreement.StatusChangedBy);
        Assert.False(agreement.ExpireIfEnded(Now.AddDays(2), Today.AddDays(2)));
    }

    [Fact]
    public void An_open_ended_or_terminated_agreement_never_expires()
    {
        var open = Draft(Today, null);
        open.Activate("hajar.admin", Now, Today);
        var terminated = Draft(Today, Today.AddDays(1));
        terminated.Activate("hajar.admin", Now, Today);
        terminated.Terminate("hajar.admin", Now, "why");

        Assert.False(open.ExpireIfEnded(Now.AddYears(5), Today.AddYears(5)));
        Assert.False(terminated.ExpireIfEnded(Now.AddDays(5), Today.AddDays(5)));
        Assert.Equal(AgreementStatus.Terminated, terminated.Status);
    }

    [Fact]
    public void An_agreement_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => Draft(Today, Today.AddDays(-1)));
    }

    internal static PartnerAgreement Draft(DateOnly startsOn, DateOnly? endsOn, params string[] scopes) =>
        PartnerAgreement.Draft("partner", "hajar", AgreementKind.HospitalCare, "Care of children with PID", startsOn, endsOn,
            scopes.Length == 0 ? ["statistics.read"] : scopes, "v1:protected", "hajar.admin", Now);
}
