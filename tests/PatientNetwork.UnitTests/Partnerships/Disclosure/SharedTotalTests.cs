using CsCheck;
using PatientNetwork.Partnerships.Statistics.Disclosure;
using PatientNetwork.Partnerships.Statistics.Releases;

namespace PatientNetwork.UnitTests.Partnerships.Disclosure;

public sealed class SharedTotalTests
{
    private const int Threshold = 5;

    private static readonly Gen<int> Count = Gen.Frequency((3, Gen.Const(0)), (4, Gen.Int[1, Threshold - 1]), (3, Gen.Int[Threshold, 40]));

    // The same patients counted two ways: the second table lays the first one's counts out in another shape, as the
    // age-and-sex table regroups the patients of the diagnosis-and-region table; both have one grand total.
    private static readonly Gen<(CountTable First, CountTable Second)> SameFiguresTwoWays =
        from rows in Gen.Int[1, 4]
        from columns in Gen.Int[1, 4]
        from counts in Count.Array[rows * columns]
        from secondColumns in Gen.Int[1, 4]
        select (Tables.Of(rows, columns, counts), Tables.Of((counts.Length + secondColumns - 1) / secondColumns, secondColumns, counts));

    private static readonly CarriedForwardCells NothingCarried = new([], Threshold);

    [Fact]
    public void Both_tables_hide_the_grand_total_or_neither_does_and_neither_discloses_a_hidden_cell() =>
        SameFiguresTwoWays.Sample(tables =>
        {
            var (first, second) = SharedTotal.Protect(tables.First, NothingCarried, tables.Second, NothingCarried, Threshold);

            Assert.Equal(first.GrandTotalHidden, second.GrandTotalHidden);
            Assert.Empty(new Attacker(first).DisclosedCells());
            Assert.Empty(new Attacker(second).DisclosedCells());
        }, iter: 300);

    [Fact]
    public void A_grand_total_the_second_table_carries_forward_hidden_is_hidden_in_the_first_as_shared()
    {
        var byPlace = Tables.Of(2, 2, [5, 5, 5, 5]);
        var byAgeAndSex = Tables.Of(1, 4, [5, 5, 5, 5]);
        var previousAgeAndSex = new CarriedForwardCells([new ReleasedAgeSexCell(null, null, 18, SuppressionReason.Small, HiddenAtCount: 18)], Threshold);

        var (first, second) = SharedTotal.Protect(byPlace, NothingCarried, byAgeAndSex, previousAgeAndSex, Threshold);

        Assert.Equal(SuppressionReason.CarriedForward, second.ReasonAt(1, 4));
        Assert.Equal(SuppressionReason.SharedTotal, first.ReasonAt(2, 2));
        Assert.Empty(new Attacker(first).DisclosedCells());
        Assert.Empty(new Attacker(second).DisclosedCells());
    }
}
