namespace PatientNetwork.Events.BloodDrives.Eligibility;

/// <summary>
/// The pure evaluation of a donor against a rule set on the day of a donation. Every rule that refuses is weighed:
/// the answer's date is the latest date any of them gives, or none when one of them has no end.
/// </summary>
public static class EligibilityCheck
{
    public static EligibilityVerdict Evaluate(EligibilityRules rules, DonorFacts donor, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(donor);
        var refusals = new List<(string Reason, DateOnly? From)>();
        if (donor.PermanentlyDeferred)
        {
            refusals.Add(("The donor is permanently deferred.", null));
        }

        if (on < donor.BirthDate.AddYears(rules.MinAge))
        {
            refusals.Add(($"A donor is at least {rules.MinAge} years old on the day.", donor.BirthDate.AddYears(rules.MinAge)));
        }

        if (on >= donor.BirthDate.AddYears(rules.MaxAge + 1))
        {
            refusals.Add(($"A donor is at most {rules.MaxAge} years old on the day.", null));
        }

        if (donor.DeclaredWeightKg is { } weight && weight < rules.MinWeightKg)
        {
            refusals.Add(($"A donor weighs at least {rules.MinWeightKg} kg.", null));
        }

        if (donor.DeferredUntil is { } until && on < until)
        {
            refusals.Add(("The donor is deferred until a later date.", until));
        }

        var past = donor.Donations.Where(d => d <= on).OrderBy(d => d).ToList();
        if (past.Count > 0 && on < past[^1].AddDays(rules.MinDaysBetweenDonations))
        {
            refusals.Add(($"Whole-blood donations are at least {rules.MinDaysBetweenDonations} days apart.", past[^1].AddDays(rules.MinDaysBetweenDonations)));
        }

        // Rolling twelve months: the donations after the same day a year earlier.
        var max = rules.MaxPerYear(donor.Sex);
        var inYear = past.Where(d => d > on.AddYears(-1)).ToList();
        if (inYear.Count >= max)
        {
            refusals.Add(($"At most {max} whole-blood donations in twelve months for a {(donor.Sex == DonorSex.Female ? "woman" : "man")}.",
                max == 0 ? null : inYear[inYear.Count - max].AddYears(1)));
        }

        if (refusals.Count == 0)
        {
            return EligibilityVerdict.Yes;
        }

        var never = refusals.FirstOrDefault(r => r.From is null);
        return never.Reason is not null
            ? new EligibilityVerdict(false, never.Reason, null)
            : refusals.OrderByDescending(r => r.From).Select(r => new EligibilityVerdict(false, r.Reason, r.From)).First();
    }
}
