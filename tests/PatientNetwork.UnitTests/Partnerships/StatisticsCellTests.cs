using PatientNetwork.Partnerships.Statistics;

namespace PatientNetwork.UnitTests.Partnerships;

public sealed class StatisticsCellTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_count_below_the_threshold_is_suppressed(int count)
    {
        var cell = StatisticsCell.Publish("leukemia", "casablanca-settat", count, suppressionThreshold: 5);

        Assert.True(cell.Suppressed);
        Assert.Null(cell.Patients);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(120)]
    public void A_count_at_or_above_the_threshold_is_published(int count)
    {
        var cell = StatisticsCell.Publish("leukemia", "casablanca-settat", count, suppressionThreshold: 5);

        Assert.False(cell.Suppressed);
        Assert.Equal(count, cell.Patients);
    }
}
