using PatientNetwork.Partnerships.Statistics.Disclosure;

namespace PatientNetwork.Partnerships.Statistics.Releases;

/// <summary>
/// A release's two tables count the same patients, so their grand totals are one figure: shown in one table, it
/// would give back the other's hidden total. Whichever table hides it, both hide it. They share nothing else (a
/// diagnosis group and an age band are margins of different tables), so no other cell links them.
/// </summary>
public static class SharedTotal
{
    public static (ProtectedTable First, ProtectedTable Second) Protect(
        CountTable first, CarriedForwardCells carriedFirst, CountTable second, CarriedForwardCells carriedSecond, int threshold)
    {
        var firstProtected = ComplementarySuppression.Protect(first, threshold, carriedFirst.StaysHidden);
        var secondProtected = ComplementarySuppression.Protect(second, threshold, carriedSecond.StaysHidden, hideGrandTotal: firstProtected.GrandTotalHidden);
        if (secondProtected.GrandTotalHidden && !firstProtected.GrandTotalHidden)
        {
            firstProtected = ComplementarySuppression.Protect(first, threshold, carriedFirst.StaysHidden, hideGrandTotal: true);
        }

        return (firstProtected, secondProtected);
    }
}
