using PatientNetwork.Funding.Claims;

namespace PatientNetwork.Funding.Payouts;

/// <summary>One claim of a run: who is paid, how much (centimes), and whether it was paid or returned.</summary>
public sealed record PayoutLineResponse(Guid ClaimId, Guid PatientId, string PharmacyName, string? PharmacyIce, string? PharmacyCity, string InvoiceNumber, long AmountCentimes, ClaimStatus Status, bool InRun);

public sealed record PayoutRunResponse(
    Guid Id, PayoutPayee Payee, PayoutMethod Method, PayoutRunStatus Status, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? CompletedAt,
    long TotalCentimes, string Currency, IReadOnlyList<PayoutLineResponse> Claims)
{
    public static PayoutRunResponse From(PayoutRun run, IReadOnlyList<Claim> claims)
    {
        var lines = claims.Select(c => new PayoutLineResponse(
            c.Id, c.PatientId, c.PharmacyName, c.PharmacyIce, c.PharmacyCity, c.InvoiceNumber, c.CoveredCentimes ?? 0, c.Status,
            c.PayoutRunId == run.Id)).ToList();
        return new(run.Id, run.Payee, run.Method, run.Status, run.CreatedAt, run.CreatedBy, run.CompletedAt,
            lines.Where(l => l.InRun).Sum(l => l.AmountCentimes), "MAD", lines);
    }
}

public sealed record PayoutRunSummary(Guid Id, PayoutPayee Payee, PayoutMethod Method, PayoutRunStatus Status, int Claims, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
