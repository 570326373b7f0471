using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Families;

/// <summary>
/// Which family a patient belongs to: patients whose guardians share a phone number (compared by
/// its blind index, never in clear) are siblings and share a family id, which Funding uses for its
/// per-family annual cap (ADR 0031). Callers hold the duplicate-detection locks of the phones
/// (<see cref="DuplicateDetectionLock"/>), so two siblings registered at the same moment do not
/// both start a family.
/// </summary>
public static class PatientFamilies
{
    /// <summary>
    /// The family of the earliest registered live patient of the association, other than
    /// <paramref name="self"/>, with a guardian on one of <paramref name="guardianPhoneIndexes"/>;
    /// null when none shares a guardian's phone.
    /// </summary>
    public static async Task<Guid?> SharedWithAsync(
        RegistryDbContext db, string associationId, IEnumerable<string?> guardianPhoneIndexes, Guid? self, CancellationToken cancellationToken)
    {
        var phones = guardianPhoneIndexes.OfType<string>().Distinct().ToList();
        if (phones.Count == 0)
        {
            return null;
        }

        return await db.Patients.AsNoTracking()
            .Where(p => p.AssociationId == associationId && p.MergedIntoId == null && p.ErasedAt == null && p.Id != self)
            .Where(p => p.Guardians.Any(g => g.PhoneIndex != null && phones.Contains(g.PhoneIndex)))
            .OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id)
            .Select(p => (Guid?)p.FamilyId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The family of a patient whose guardians were replaced: a sibling's family if a guardian's
    /// phone is shared; otherwise the patient's own family if nobody else is in it, else a new one
    /// (the patient no longer shares a guardian with the others).
    /// </summary>
    public static async Task<Guid> AfterGuardianChangeAsync(
        RegistryDbContext db, Patient patient, IEnumerable<string?> newGuardianPhoneIndexes, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await SharedWithAsync(db, patient.AssociationId, newGuardianPhoneIndexes, patient.Id, cancellationToken) is { } sibling)
        {
            return sibling;
        }

        var othersInFamily = await db.Patients.AnyAsync(
            p => p.AssociationId == patient.AssociationId && p.FamilyId == patient.FamilyId && p.Id != patient.Id && p.MergedIntoId == null, cancellationToken);
        return othersInFamily ? Guid.CreateVersion7(now) : patient.FamilyId;
    }

    /// <summary>
    /// The families of a file's rows, in order, under the association's import lock: a row joins
    /// the family of an earlier patient (or an earlier row) sharing a guardian's phone, else starts one.
    /// One query for the whole file rather than one per row.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> ForImportAsync(
        RegistryDbContext db, string associationId, IReadOnlyList<PatientDraft> drafts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var phones = drafts.SelectMany(d => d.Guardians).Select(g => g.PhoneIndex).OfType<string>().Distinct().ToList();
        var known = (await db.Patients.AsNoTracking()
                .Where(p => p.AssociationId == associationId && p.MergedIntoId == null && p.ErasedAt == null)
                .SelectMany(p => p.Guardians.Where(g => g.PhoneIndex != null && phones.Contains(g.PhoneIndex)), (p, g) => new { g.PhoneIndex, p.FamilyId, p.RegisteredAt, p.Id })
                .ToListAsync(cancellationToken))
            .OrderBy(x => x.RegisteredAt).ThenBy(x => x.Id)
            .GroupBy(x => x.PhoneIndex!)
            .ToDictionary(g => g.Key, g => g.First().FamilyId);

        var families = new List<Guid>();
        foreach (var draft in drafts)
        {
            var draftPhones = draft.Guardians.Select(g => g.PhoneIndex).OfType<string>().ToList();
            var family = draftPhones.Where(known.ContainsKey).Select(phone => (Guid?)known[phone]).FirstOrDefault() ?? Guid.CreateVersion7(now);
            foreach (var phone in draftPhones)
            {
                known.TryAdd(phone, family);
            }

            families.Add(family);
        }

        return families;
    }
}
