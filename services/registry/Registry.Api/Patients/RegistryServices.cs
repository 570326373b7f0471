using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Infrastructure;
using PatientNetwork.Registry.ReferenceData;

namespace PatientNetwork.Registry.Patients;

/// <summary>What the patient handlers need, bundled so their signatures stay readable.</summary>
public sealed record RegistryServices(
    RegistryDbContext Db,
    PatientAuditTrail Audit,
    PatientIdentityProtector Protector,
    ReferenceCatalog Catalog,
    TimeProvider Time);
