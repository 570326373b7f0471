using PatientNetwork.Funding.Consents;
using PatientNetwork.Funding.Coverage;

namespace PatientNetwork.UnitTests.Funding;

public sealed class CoverageAccountConsentTests
{
    private static readonly DateTimeOffset Opened = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly CoverageRate EightyPercent = new(8_000);

    [Fact]
    public void An_account_opened_without_a_known_decision_is_active_since_it_opened()
    {
        var patient = Guid.NewGuid();

        var account = CoverageAccount.Open(patient, "hajar", null, EightyPercent, MedicineFundingConsent.Undecided(patient), Opened);

        Assert.Equal(CoverageStatus.Active, account.Status);
        Assert.Equal(Opened, account.StatusSince);
        Assert.Null(account.StatusReason);
    }

    [Fact]
    public void An_account_opened_after_the_withdrawal_arrived_opens_suspended_since_the_withdrawal()
    {
        var patient = Guid.NewGuid();
        var consent = MedicineFundingConsent.Undecided(patient);
        consent.Decide(given: false, Opened.AddMinutes(-5));

        var account = CoverageAccount.Open(patient, "hajar", null, EightyPercent, consent, Opened);

        Assert.Equal(CoverageStatus.Suspended, account.Status);
        Assert.Equal(Opened.AddMinutes(-5), account.StatusSince);
        Assert.Equal("no medicine-funding consent", account.StatusReason);
    }

    [Fact]
    public void Withdrawing_suspends_and_giving_again_reactivates_from_the_time_of_each_decision()
    {
        var (account, consent) = NewAccount();

        Apply(account, consent, given: false, Opened.AddDays(1));
        Assert.Equal((CoverageStatus.Suspended, Opened.AddDays(1)), (account.Status, account.StatusSince));

        Apply(account, consent, given: true, Opened.AddDays(2));
        Assert.Equal((CoverageStatus.Active, Opened.AddDays(2)), (account.Status, account.StatusSince));
        Assert.Null(account.StatusReason);
    }

    [Fact]
    public void A_consent_given_before_the_withdrawal_but_delivered_after_it_leaves_the_account_suspended()
    {
        var (account, consent) = NewAccount();

        Apply(account, consent, given: false, Opened.AddDays(2));
        Apply(account, consent, given: true, Opened.AddDays(1));

        Assert.Equal(CoverageStatus.Suspended, account.Status);
        Assert.Equal(Opened.AddDays(2), account.StatusSince);
    }

    [Fact]
    public void A_repeated_withdrawal_keeps_the_suspension_date_of_the_first()
    {
        var (account, consent) = NewAccount();

        Apply(account, consent, given: false, Opened.AddDays(1));
        account.Follow(consent);

        Assert.Equal(Opened.AddDays(1), account.StatusSince);
    }

    [Fact]
    public void A_closed_account_stays_closed_whatever_the_consent_says()
    {
        var (account, consent) = NewAccount();
        account.CloseAsMergedInto(Guid.NewGuid(), Opened.AddDays(1));

        Apply(account, consent, given: false, Opened.AddDays(2));
        Apply(account, consent, given: true, Opened.AddDays(3));

        Assert.Equal(CoverageStatus.Closed, account.Status);
        Assert.Equal(Opened.AddDays(1), account.StatusSince);
    }

    private static (CoverageAccount Account, MedicineFundingConsent Consent) NewAccount()
    {
        var patient = Guid.NewGuid();
        var consent = MedicineFundingConsent.Undecided(patient);
        return (CoverageAccount.Open(patient, "hajar", null, EightyPercent, consent, Opened), consent);
    }

    /// <summary>What the consent consumers do: take the decision, and follow it only if it is the latest.</summary>
    private static void Apply(CoverageAccount account, MedicineFundingConsent consent, bool given, DateTimeOffset at)
    {
        if (consent.Decide(given, at))
        {
            account.Follow(consent);
        }
    }
}
