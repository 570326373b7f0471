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
        group.MapPut("/{id:guid}/date-of-birth", CorrectDateOfBirth).Validate<CorrectDateOfBirthRequest>().RequireAuthorization(PatientAccess.RegisterPolicy)
            .WithSummary("Corrects the date of birth (or the birth year)").WithDescription("Funding's checks of dispensing before birth follow the correction (PatientUpdated).");
        group.MapPut("/{id:guid}/guardians", ReplaceGuardians).Validate<ReplaceGuardiansRequest>().RequireAuthorization(PatientAccess.RegisterPolicy)
            .WithSummary("Replaces the guardians").WithDescription("The patient's family (siblings share a guardian's phone) is worked out again from the new guardians' phones.");
        group.MapPost("/{id:guid}/merge", MergePatients).Validate<MergeRequest>().RequireAuthorization(PatientAccess.ConsentPolicy);
        group.MapGet("/{id:guid}/consents", GetConsentHistory);
        group.MapPost("/{id:guid}/consents", RecordConsent).Validate<RecordConsentRequest>().RequireAuthorization(PatientAccess.ConsentPolicy);
        return group;
    }
}
