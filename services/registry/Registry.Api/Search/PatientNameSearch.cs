using Microsoft.EntityFrameworkCore;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.Patients;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Search;

/// <summary>
/// Finds patients by name in three steps, each only when the one before left the page short:
/// <list type="number">
/// <item>every typed word found as it is (after folding), newest registry ids last, read from the
/// word index in id order so a page costs the same whether a word has ten patients or fifty thousand;</item>
/// <item>every typed word found as itself, as a similar word that exists ("Smail" also finds
/// "Ismail") or joined with a neighbour ("Fatima Zahra" finds "Fatimazahra");</item>
/// <item>when nothing matched at all, trigram word similarity over the whole folded name, nearest
/// first (slow on common names, but it only runs for names nobody in the index spells alike).</item>
/// </list>
/// Measured at a million patients in docs/benchmarks/registry-1m.md.
/// </summary>
public sealed class PatientNameSearch(RegistryDbContext db, string associationId, string typed)
{
    /// <summary>How close (trigram similarity, 0–1) a known word must be to a typed one to widen the search to it.</summary>
    public const double MinimumWordSimilarity = 0.4;

    /// <summary>What the last step keeps: pg_trgm's own default for word similarity.</summary>
    public const double MinimumNameSimilarity = 0.6;

    /// <summary>Bounds the second step: similar spellings of common names can match tens of thousands of patients.</summary>
    public const int MostWidenedCandidates = 1000;

    private readonly IReadOnlyList<string> words = NameSearch.QueryTokens(typed);

    public async Task<(List<PatientSummary> Page, bool MayHaveMore)> FindAsync(IQueryable<Patient> patients, PageQuery paging, CancellationToken cancellationToken)
    {
        if (words.Count == 0)
        {
            return ([], false);
        }

        var exact = WithAllWords(patients);
        var page = await Summaries(exact, paging.Skip, paging.Size).ToListAsync(cancellationToken);
        if (page.Count == paging.Size)
        {
            return (page, true);
        }

        // Fewer than a page: every exact match is on this page or an earlier one, so there are few.
        var exactIds = paging.Skip == 0
            ? page.Select(p => p.Id).ToList()
            : await exact.OrderBy(p => p.Id).Take(paging.Skip + paging.Size).Select(p => p.Id).ToListAsync(cancellationToken);
        var exactCount = exactIds.Count;
        var alternatives = await AlternativesAsync(cancellationToken);
        var widenedIds = alternatives is null ? [] : await WidenedIdsAsync(alternatives, exactIds, cancellationToken);
        var similar = widenedIds.Count == 0 ? null : patients.Where(p => widenedIds.Contains(p.Id));
        if (similar is not null)
        {
            var skipSimilar = Math.Max(0, paging.Skip - exactCount);
            page.AddRange(await Summaries(similar, skipSimilar, paging.Size - page.Count).ToListAsync(cancellationToken));
            if (page.Count == paging.Size)
            {
                return (page, true);
            }
        }

        if (page.Count > 0 || exactCount > 0 || widenedIds.Count > 0)
        {
            return (page, false);
        }

        var nearest = await NearestNames(patients, paging).ToListAsync(cancellationToken);
        return (nearest, nearest.Count == paging.Size);
    }

    /// <summary>Patients having every typed word; the first word's index entries drive, in patient id order.</summary>
    private IQueryable<Patient> WithAllWords(IQueryable<Patient> patients)
    {
        var first = words[0];
        var ids = db.PatientNameTokens.Where(t => t.AssociationId == associationId && t.Token == first).Select(t => t.PatientId);
        foreach (var word in words.Skip(1))
        {
            ids = ids.Where(id => db.PatientNameTokens.Any(t => t.AssociationId == associationId && t.Token == word && t.PatientId == id));
        }

        return from id in ids join patient in patients on id equals patient.Id select patient;
    }

    /// <summary>
    /// The ids of patients having, for every typed word, one of its alternatives, except the exact
    /// matches: at most <see cref="MostWidenedCandidates"/>, in id order. Read from the word index
    /// alone; joining patients in the same statement let PostgreSQL walk the whole table in id
    /// order for a rare name (measured 1.2–1.4 s at a million patients).
    /// </summary>
    private async Task<List<Guid>> WidenedIdsAsync(IReadOnlyList<string[]> alternatives, List<Guid> exactIds, CancellationToken cancellationToken)
    {
        var first = alternatives[0];
        var ids = db.PatientNameTokens.Where(t => t.AssociationId == associationId && first.Contains(t.Token)).Select(t => t.PatientId);
        foreach (var alternative in alternatives.Skip(1))
        {
            ids = ids.Where(id => db.PatientNameTokens.Any(t => t.AssociationId == associationId && alternative.Contains(t.Token) && t.PatientId == id));
        }

        return await ids.Where(id => !exactIds.Contains(id)).Distinct().OrderBy(id => id).Take(MostWidenedCandidates).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// For each typed word: itself, the known words similar to it, and the word joined with its
    /// neighbours ("Fatima Zahra" typed, "Fatimazahra" registered). Null when that adds nothing.
    /// </summary>
    private async Task<IReadOnlyList<string[]>?> AlternativesAsync(CancellationToken cancellationToken)
    {
        var typedWords = words.ToArray();
        var similar = await db.Database.SqlQuery<SimilarWord>($"""
            SELECT q.word AS "Typed", v.token AS "Known"
            FROM unnest({typedWords}) AS q(word)
            JOIN name_token_vocabulary AS v ON v.association_id = {associationId} AND v.token % q.word
            WHERE v.token <> q.word AND similarity(v.token, q.word) >= {MinimumWordSimilarity}
            """).ToListAsync(cancellationToken);
        if (similar.Count == 0 && words.Count == 1)
        {
            return null;
        }

        return words.Select((word, i) => similar.Where(s => s.Typed == word).Select(s => s.Known)
                .Concat(i > 0 ? [words[i - 1] + word] : [])
                .Concat(i < words.Count - 1 ? [word + words[i + 1]] : [])
                .Append(word)
                .ToArray())
            .ToList();
    }

    /// <summary>
    /// The third step. <c>&lt;%</c> lets the GIN index find the candidates; the explicit distance
    /// keeps <see cref="MinimumNameSimilarity"/> whatever the server's pg_trgm threshold is set to.
    /// </summary>
    private IQueryable<PatientSummary> NearestNames(IQueryable<Patient> patients, PageQuery paging)
    {
        var name = string.Join(' ', words);
        return patients
            .Where(p => EF.Functions.TrigramsAreWordSimilar(name, p.SearchName)
                && EF.Functions.TrigramsWordSimilarityDistance(name, p.SearchName) <= 1 - MinimumNameSimilarity)
            .OrderBy(p => EF.Functions.TrigramsWordSimilarityDistance(name, p.SearchName)).ThenBy(p => p.Id)
            .Skip(paging.Skip).Take(paging.Size)
            .Select(PatientSummary.FromPatient);
    }

    private static IQueryable<PatientSummary> Summaries(IQueryable<Patient> patients, int skip, int take) =>
        patients.OrderBy(p => p.Id).Skip(skip).Take(take).Select(PatientSummary.FromPatient);

    private sealed record SimilarWord(string Typed, string Known);
}
