namespace PatientNetwork.Funding.Pledges;

/// <summary>
/// Splits a pledge's total into instalments that add up to it exactly. The remainder rule: every instalment is
/// <c>total / count</c> centimes (integer division), and the remainder (<c>total % count</c>, fewer centimes than
/// instalments) is added one centime each to the first instalments, so no two instalments differ by more than one
/// centime and the earliest carry the extra. Due dates step by a month or a quarter from the first, clamped to
/// the month's last day (31 January, then 28/29 February, then 31 March).
/// </summary>
public static class PledgeSchedule
{
    public const int MaxInstalments = 120;

    /// <summary>The count of instalments from <paramref name="firstDueOn"/> up to and including <paramref name="lastDueOn"/>.</summary>
    public static int CountUntil(DateOnly firstDueOn, DateOnly lastDueOn, PledgeFrequency frequency)
    {
        var count = 0;
        while (count < MaxInstalments + 1 && DueOn(firstDueOn, count, frequency) <= lastDueOn)
        {
            count++;
        }

        return count;
    }

    public static IReadOnlyList<PledgeInstalment> Split(long totalCentimes, int count, DateOnly firstDueOn, PledgeFrequency frequency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MaxInstalments);
        ArgumentOutOfRangeException.ThrowIfLessThan(totalCentimes, count, nameof(totalCentimes));
        var share = totalCentimes / count;
        var remainder = totalCentimes % count;
        return Enumerable.Range(0, count)
            .Select(i => new PledgeInstalment(i + 1, DueOn(firstDueOn, i, frequency), share + (i < remainder ? 1 : 0)))
            .ToList();
    }

    /// <summary>Instalments due before <paramref name="today"/> and not fully paid by <paramref name="paidCentimes"/> (payments fill instalments in order).</summary>
    public static IReadOnlyList<PledgeInstalment> Overdue(IReadOnlyList<PledgeInstalment> instalments, long paidCentimes, DateOnly today)
    {
        var overdue = new List<PledgeInstalment>();
        var covered = paidCentimes;
        foreach (var instalment in instalments)
        {
            var paidHere = Math.Min(covered, instalment.AmountCentimes);
            covered -= paidHere;
            if (paidHere < instalment.AmountCentimes && instalment.DueOn < today)
            {
                overdue.Add(instalment);
            }
        }

        return overdue;
    }

    private static DateOnly DueOn(DateOnly first, int index, PledgeFrequency frequency) =>
        first.AddMonths(index * (frequency == PledgeFrequency.Quarterly ? 3 : 1));
}
