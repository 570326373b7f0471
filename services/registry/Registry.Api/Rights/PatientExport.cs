using PatientNetwork.Registry.Audit;
using PatientNetwork.Registry.Patients;

namespace PatientNetwork.Registry.Rights;

/// <summary>Everything the registry holds about one person, for a right-of-access request (Law 09-08, GDPR art. 15).</summary>
public sealed record PatientExport(
    DateTimeOffset ExportedAt,
    string ExportedBy,
    PatientResponse Patient,
    IReadOnlyList<ConsentRecordResponse> ConsentHistory,
    IReadOnlyList<BreakGlassResponse> EmergencyAccesses,
    IReadOnlyList<AuditEntryResponse> AccessLog);
