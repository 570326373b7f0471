using PatientNetwork.Funding.Pledges;

namespace PatientNetwork.UnitTests.Donations;

public sealed class PledgeScheduleTests
{
    private static readonly DateOnly January31 = new(2026, 1, 31);

    /// <summary>Property over 5,000 random pledges (fixed seed, so a failure replays): the instalments add up to the total, differ by at most a centime, and the larger ones come first.</summary>
    [Fact]
    public void Instalments_always_add_up_exactly_to_the_total_and_the_remainder_goes_one_centime_each_to_the_first()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 5_000; i++)
        {
            var count = random.Next(1, PledgeSchedule.MaxInstalments + 1);
            var total = random.NextInt64(count, 1_000_000_000);
            var frequency = random.Next(2) == 0 ? PledgeFrequency.Monthly : PledgeFrequency.Quarterly;

            var instalments = PledgeSchedule.Split(total, count, January31, frequency);

            Assert.Equal(count, instalments.Count);
            Assert.Equal(total, instalments.Sum(x => x.AmountCentimes));
            Assert.True(instalments.Max(x => x.AmountCentimes) - instalments.Min(x => x.AmountCentimes) <= 1, $"total {total} in {count}");
            Assert.Equal(instalments.Select(x => x.AmountCentimes).OrderDescending(), instalments.Select(x => x.AmountCentimes));
            Assert.Equal(Enumerable.Range(1, count), instalments.Select(x => x.Number));
            Assert.True(instalments.Zip(instalments.Skip(1)).All(p => p.First.DueOn < p.Second.DueOn));
        }
    }

    [Fact]
    public void One_thousand_dirhams_in_three_monthly_instalments_puts_the_extra_centime_first_and_clamps_to_month_ends()
    {
        var instalments = PledgeSchedule.Split(100_000, 3, January31, PledgeFrequency.Monthly);

        Assert.Equal([33_334L, 33_333L, 33_333L], instalments.Select(x => x.AmountCentimes));
        Assert.Equal([January31, new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31)], instalments.Select(x => x.DueOn));
    }

    [Fact]
    public void A_schedule_until_an_end_date_counts_the_instalments_falling_on_or_before_it() =>
        Assert.Equal(4, PledgeSchedule.CountUntil(new DateOnly(2026, 1, 15), new DateOnly(2026, 10, 15), PledgeFrequency.Quarterly));

    [Fact]
    public void A_total_smaller_than_the_number_of_instalments_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PledgeSchedule.Split(2, 3, January31, PledgeFrequency.Monthly));

    [Fact]
    public void Overdue_instalments_are_those_due_before_today_that_payments_did_not_cover()
    {
        var instalments = PledgeSchedule.Split(30_000, 3, new DateOnly(2026, 1, 1), PledgeFrequency.Monthly);

        var overdue = PledgeSchedule.Overdue(instalments, paidCentimes: 15_000, today: new DateOnly(2026, 3, 15));

        Assert.Equal([2, 3], overdue.Select(x => x.Number));
        Assert.Empty(PledgeSchedule.Overdue(instalments, 30_000, new DateOnly(2027, 1, 1)));
    }
}
