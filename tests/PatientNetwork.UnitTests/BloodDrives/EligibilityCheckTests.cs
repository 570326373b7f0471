using PatientNetwork.Events.BloodDrives.Eligibility;

namespace PatientNetwork.UnitTests.BloodDrives;

public sealed class EligibilityCheckTests
{
    private static readonly DateOnly Day = new(2027, 3, 15);
    private static readonly EligibilityRules Rules = EligibilityRules.Defaults;

    private static DonorFacts Donor(DonorSex sex = DonorSex.Male, DateOnly? born = null, int? weight = 70, DateOnly[]? donations = null, DateOnly? deferredUntil = null, bool permanent = false) =>
        new(sex, born ?? new DateOnly(1990, 1, 1), weight, donations ?? [], deferredUntil, permanent);

    [Fact]
    public void A_donor_of_thirty_who_never_gave_is_eligible() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(), Day).Eligible);

    [Fact]
    public void A_donation_fewer_than_56_days_ago_refuses_with_the_day_56_days_after_it()
    {
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(donations: [Day.AddDays(-30)]), Day);

        Assert.False(verdict.Eligible);
        Assert.Equal(Day.AddDays(26), verdict.EligibleFrom);
    }

    [Fact]
    public void A_donation_exactly_56_days_ago_is_far_enough() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(donations: [Day.AddDays(-56)]), Day).Eligible);

    [Fact]
    public void A_woman_with_three_donations_in_twelve_months_waits_until_the_oldest_is_a_year_old()
    {
        var oldest = Day.AddDays(-300);
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(DonorSex.Female, donations: [oldest, Day.AddDays(-200), Day.AddDays(-100)]), Day);

        Assert.False(verdict.Eligible);
        Assert.Equal(oldest.AddYears(1), verdict.EligibleFrom);
    }

    [Fact]
    public void A_man_with_three_donations_in_twelve_months_may_give_a_fourth() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(DonorSex.Male, donations: [Day.AddDays(-300), Day.AddDays(-200), Day.AddDays(-100)]), Day).Eligible);

    [Fact]
    public void A_man_with_four_donations_in_twelve_months_waits_for_the_oldest_to_leave_the_window()
    {
        var donations = new[] { Day.AddDays(-350), Day.AddDays(-250), Day.AddDays(-150), Day.AddDays(-60) };
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(DonorSex.Male, donations: donations), Day);

        Assert.Equal(donations[0].AddYears(1), verdict.EligibleFrom);
    }

    [Fact]
    public void A_seventeen_year_old_may_give_from_their_eighteenth_birthday()
    {
        var born = Day.AddYears(-17);
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(born: born), Day);

        Assert.Equal(born.AddYears(18), verdict.EligibleFrom);
    }

    [Fact]
    public void A_donor_past_sixty_five_is_refused_without_a_date()
    {
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(born: Day.AddYears(-66)), Day);

        Assert.False(verdict.Eligible);
        Assert.Null(verdict.EligibleFrom);
    }

    [Fact]
    public void A_donor_on_their_sixty_fifth_birthday_year_is_still_eligible() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(born: Day.AddYears(-65).AddDays(-200)), Day).Eligible);

    [Fact]
    public void Under_fifty_kilograms_declared_is_refused_without_a_date() =>
        Assert.Null(EligibilityCheck.Evaluate(Rules, Donor(weight: 48), Day).EligibleFrom);

    [Fact]
    public void A_temporary_deferral_gives_its_end_date_and_a_permanent_one_no_date()
    {
        Assert.Equal(Day.AddDays(10), EligibilityCheck.Evaluate(Rules, Donor(deferredUntil: Day.AddDays(10)), Day).EligibleFrom);
        var permanent = EligibilityCheck.Evaluate(Rules, Donor(permanent: true), Day);
        Assert.False(permanent.Eligible);
        Assert.Null(permanent.EligibleFrom);
    }

    [Fact]
    public void Of_several_refusals_the_latest_date_is_given()
    {
        var verdict = EligibilityCheck.Evaluate(Rules, Donor(donations: [Day.AddDays(-10)], deferredUntil: Day.AddDays(90)), Day);

        Assert.Equal(Day.AddDays(90), verdict.EligibleFrom);
    }

    [Fact]
    public void The_defaults_are_the_figures_of_decision_record_0028() =>
        Assert.Equal(new EligibilityRules(0, 18, 65, 50, 56, 4, 3), EligibilityRules.Defaults);

    [Fact]
    public void A_donation_55_days_ago_waits_one_more_day() =>
        Assert.Equal(Day.AddDays(1), EligibilityCheck.Evaluate(Rules, Donor(donations: [Day.AddDays(-55)]), Day).EligibleFrom);

    [Fact]
    public void Fifty_kilograms_declared_is_enough() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(weight: 50), Day).Eligible);

    [Fact]
    public void A_woman_with_two_donations_in_twelve_months_may_give_a_third() =>
        Assert.True(EligibilityCheck.Evaluate(Rules, Donor(DonorSex.Female, donations: [Day.AddDays(-200), Day.AddDays(-100)]), Day).Eligible);
}
