using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;

namespace PatientNetwork.Funding.Coverage;

/// <summary>What the coverage handlers need, bundled so their signatures stay readable.</summary>
public sealed record CoverageServices(FundingDbContext Db, FundingAuditTrail Audit);
