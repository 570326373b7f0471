using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

public static partial class PatientsApi
{
    public static RouteGroupBuilder MapPatientsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/patients").WithTags("Patients");
        group.MapPost("/", RegisterPatient).Validate<RegisterPatientRequest>().RequireAuthorization(PatientAccess.RegisterPolicy);
        group.MapGet("/{id:guid}", GetPatient);
        group.MapGet("/", ListPatients);
        group.MapPost("/{id:guid}/break-glass", BreakGlass).Validate<BreakGlassRequest>().RequireAuthorization(PatientAccess.BreakGlassPolicy);
        group.MapPut("/{id:guid}/vital-status", ChangeVitalStatus).Validate<ChangeVitalStatusRequest>().RequireAuthorization(PatientAccess.RegisterPolicy);
        group.MapPost("/{id:guid}/diagnoses", RecordDiagnosis).Validate<DiagnosisInput>().RequireAuthorization(PatientAccess.RegisterPolicy);
        group.MapPut("/{id:guid}/care", UpdateCare).Validate<UpdateCareRequest>().RequireAuthorization(PatientAccess.RegisterPolicy);
        group.MapPost("/{id:guid}/merge", MergePatients).Validate<MergeRequest>().RequireAuthorization(PatientAccess.ConsentPolicy);
        group.MapGet("/{id:guid}/consents", GetConsentHistory);
        group.MapPost("/{id:guid}/consents", RecordConsent).Validate<RecordConsentRequest>().RequireAuthorization(PatientAccess.ConsentPolicy);
        return group;
    }
}
