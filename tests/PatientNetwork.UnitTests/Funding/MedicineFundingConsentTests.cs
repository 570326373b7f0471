using PatientNetwork.Funding.Consents;

namespace PatientNetwork.UnitTests.Funding;

public sealed class MedicineFundingConsentTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_any_decision_coverage_is_consented_and_nothing_is_decided()
    {
        var consent = MedicineFundingConsent.Undecided(Guid.NewGuid());

        Assert.True(consent.Given);
        Assert.False(consent.IsDecided);
    }

    [Fact]
    public void A_later_decision_replaces_the_earlier_one()
    {
        var consent = MedicineFundingConsent.Undecided(Guid.NewGuid());
        consent.Decide(given: true, Monday);

        var taken = consent.Decide(given: false, Monday.AddHours(1));

        Assert.True(taken);
        Assert.False(consent.Given);
        Assert.Equal(Monday.AddHours(1), consent.DecidedAt);
    }

    [Fact]
    public void An_older_decision_arriving_late_is_ignored()
    {
        var consent = MedicineFundingConsent.Undecided(Guid.NewGuid());
        consent.Decide(given: false, Monday.AddHours(1));

        var taken = consent.Decide(given: true, Monday);

        Assert.False(taken);
        Assert.False(consent.Given);
        Assert.Equal(Monday.AddHours(1), consent.DecidedAt);
    }

    [Fact]
    public void The_same_decision_delivered_twice_is_taken_once()
    {
        var consent = MedicineFundingConsent.Undecided(Guid.NewGuid());

        Assert.True(consent.Decide(given: false, Monday));
        Assert.False(consent.Decide(given: false, Monday));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(-1, true)]
    public void After_a_merge_the_survivor_keeps_the_latest_decision_of_both_records(int mergedDecisionHoursLater, bool expectedGiven)
    {
        var survivor = MedicineFundingConsent.Undecided(Guid.NewGuid());
        survivor.Decide(given: true, Monday);
        var merged = MedicineFundingConsent.Undecided(Guid.NewGuid());
        merged.Decide(given: false, Monday.AddHours(mergedDecisionHoursLater));

        survivor.TakeOver(merged);

        Assert.Equal(expectedGiven, survivor.Given);
        Assert.Equal(Monday.AddHours(Math.Max(0, mergedDecisionHoursLater)), survivor.DecidedAt);
    }

    [Fact]
    public void A_merged_record_without_decision_leaves_the_survivor_decision_alone()
    {
        var survivor = MedicineFundingConsent.Undecided(Guid.NewGuid());
        survivor.Decide(given: false, Monday);

        survivor.TakeOver(MedicineFundingConsent.Undecided(Guid.NewGuid()));

        Assert.False(survivor.Given);
        Assert.Equal(Monday, survivor.DecidedAt);
    }
}
