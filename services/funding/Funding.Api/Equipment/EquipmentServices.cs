using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.Funding.Ledger;

namespace PatientNetwork.Funding.Equipment;

/// <summary>What the equipment handlers need, bundled so their signatures stay readable.</summary>
public sealed record EquipmentServices(
    FundingDbContext Db,
    FundingAuditTrail Audit,
    FundLedger Ledger,
    GuardianNames Guardians,
    TimeProvider Time,
    ILoggerFactory Loggers)
{
    public ILogger Logger => Loggers.CreateLogger("PatientNetwork.Funding.Equipment");
}
