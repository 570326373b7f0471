using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using PatientNetwork.Partnerships.Infrastructure;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// Reads a partner's <see cref="AgreementCap"/>: fresh when a credential is issued or a token granted, and cached for
/// a couple of seconds for the calls made with a token, so that a burst of calls costs one read.
/// </summary>
public sealed class PartnerScopeCap(IMemoryCache cache, TimeProvider time, IOptions<AgreementOptions> options)
{
    public async Task<IReadOnlySet<string>> CurrentAsync(PartnershipsDbContext db, string partnerId, CancellationToken cancellationToken)
    {
        var active = await db.Agreements.AsNoTracking()
            .Where(a => a.PartnerId == partnerId && a.Status == AgreementStatus.Active)
            .ToListAsync(cancellationToken);
        return AgreementCap.Of(active, AgreementCap.Today(time));
    }

    public async Task<IReadOnlySet<string>> ForCallAsync(PartnershipsDbContext db, string partnerId, CancellationToken cancellationToken)
    {
        var key = $"agreement-cap:{partnerId}";
        if (cache.TryGetValue<IReadOnlySet<string>>(key, out var cached) && cached is not null)
        {
            return cached;
        }

        var cap = await CurrentAsync(db, partnerId, cancellationToken);
        cache.Set(key, cap, options.Value.ScopeCapCacheDuration);
        return cap;
    }
}
