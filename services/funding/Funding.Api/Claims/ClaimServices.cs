using Microsoft.Extensions.Options;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Claims.Usage;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.Funding.Claims;

/// <summary>What the claim handlers need, bundled so their signatures stay readable.</summary>
public sealed record ClaimServices(
    FundingDbContext Db,
    FundingAuditTrail Audit,
    FundLedger Ledger,
    ClaimEvaluator Evaluator,
    CoverageUsageBook Usage,
    TimeProvider Time,
    IOptions<ClaimOptions> Options);
