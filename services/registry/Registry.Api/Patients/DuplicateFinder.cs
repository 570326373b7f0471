using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Finds records that are probably the same person: the same birth date (or birth year when only
/// that is known) with a similar name, or the same CIN, or a phone number shared with the patient
/// or a guardian (siblings share parents). Looks across the whole association, branches included.
/// </summary>
public static class DuplicateFinder
{
    private const double SimilarName = 0.45;

    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        RegistryDbContext db, string associationId, PatientDraft draft, PatientIdentityProtector protector, CancellationToken cancellationToken)
    {
        var searchName = NameSearch.Fold(draft.FirstName, draft.LastName);
        var phones = draft.Guardians.Select(g => g.PhoneIndex).Append(draft.Identity.PhoneIndex).OfType<string>().Distinct().ToList();
        var cin = draft.Identity.CinIndex;
        var dateOfBirth = draft.DateOfBirth;
        var birthYear = draft.BirthYear;

        // One indexed query per reason, united by id: as one WHERE of ORs (the guardians' EXISTS among
        // them) PostgreSQL could use no index and read every patient of the association, over a
        // second at 550,000 while registrations waited on the duplicate lock (docs/benchmarks/hardening-performance.md).
        var live = db.Patients.AsNoTracking().Where(p => p.AssociationId == associationId && p.MergedIntoId == null && p.ErasedAt == null);
        var sameBirth = dateOfBirth is not null ? live.Where(p => p.DateOfBirth == dateOfBirth) : live.Where(p => p.BirthYear == birthYear);
        var candidates = sameBirth
            .Where(p => EF.Functions.TrigramsAreSimilar(p.SearchName, searchName) && EF.Functions.TrigramsSimilarity(p.SearchName, searchName) >= SimilarName)
            .Select(p => p.Id);
        if (cin is not null)
        {
            candidates = candidates.Union(live.Where(p => p.CinIndex == cin).Select(p => p.Id));
        }

        if (phones.Count > 0)
        {
            candidates = candidates
                .Union(live.Where(p => p.PhoneIndex != null && phones.Contains(p.PhoneIndex)).Select(p => p.Id))
                .Union(live.Where(p => p.Guardians.Any(g => g.PhoneIndex != null && phones.Contains(g.PhoneIndex))).Select(p => p.Id));
        }

        var matches = await db.Patients.AsNoTracking()
            .Where(p => candidates.Contains(p.Id))
            .OrderBy(p => p.RegisteredAt)
            .Take(10)
            .ToListAsync(cancellationToken);

        return matches.Select(p => new DuplicateCandidate(p.Id, p.RegistryId, p.BirthYear, p.BranchId, Reasons(p, cin, phones, dateOfBirth, birthYear, searchName))).ToList();
    }

    private static List<string> Reasons(Patient p, string? cin, List<string> phones, DateOnly? dateOfBirth, int birthYear, string searchName)
    {
        var reasons = new List<string>();
        if (cin is not null && p.CinIndex == cin)
        {
            reasons.Add("cin");
        }

        if ((p.PhoneIndex is not null && phones.Contains(p.PhoneIndex)) || p.Guardians.Any(g => g.PhoneIndex is not null && phones.Contains(g.PhoneIndex)))
        {
            reasons.Add("phone");
        }

        if (dateOfBirth is not null ? p.DateOfBirth == dateOfBirth : p.BirthYear == birthYear)
        {
            reasons.Add("same-birth-date-and-similar-name");
        }

        return reasons;
    }
}
