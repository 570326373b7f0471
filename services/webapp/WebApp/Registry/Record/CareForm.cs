using Microsoft.Extensions.Localization;
using PatientNetwork.WebApp.Components.Shared;
using PatientNetwork.WebApp.Localization;

namespace PatientNetwork.WebApp.Registry.Record;

/// <summary>Where and by whom the patient is followed, filled in from the record; saving replaces all six fields.</summary>
public sealed class CareForm
{
    public const int MaxTextLength = 200;

    public static readonly IReadOnlyList<string> MobilityNeeds = ["none", "walking-aid", "wheelchair", "bedridden"];

    public static readonly IReadOnlyList<string> Fields = ["diagnosisGroup", "regionCode", "cityCode", "followUpHospital", "treatingDoctor", "mobilityNeed"];

    public string? DiagnosisGroup { get; set; }

    public string? RegionCode { get; set; }

    public string? CityCode { get; set; }

    public string? FollowUpHospital { get; set; }

    public string? TreatingDoctor { get; set; }

    public string? MobilityNeed { get; set; }

    public static CareForm From(PatientRecord patient) => new()
    {
        DiagnosisGroup = patient.DiagnosisGroup,
        RegionCode = patient.RegionCode,
        CityCode = patient.CityCode,
        FollowUpHospital = patient.FollowUpHospital,
        TreatingDoctor = patient.TreatingDoctor,
        MobilityNeed = patient.MobilityNeed,
    };

    public void Validate(FieldErrors errors, IStringLocalizer<Texts> t)
    {
        errors.Clear();
        if (string.IsNullOrEmpty(DiagnosisGroup))
        {
            errors.Add("diagnosisGroup", t["ChooseOne"]);
        }

        if (string.IsNullOrEmpty(RegionCode))
        {
            errors.Add("regionCode", t["ChooseOne"]);
        }

        if (FollowUpHospital?.Trim().Length > MaxTextLength)
        {
            errors.Add("followUpHospital", t["RecordEdit_TooLong", MaxTextLength]);
        }

        if (TreatingDoctor?.Trim().Length > MaxTextLength)
        {
            errors.Add("treatingDoctor", t["RecordEdit_TooLong", MaxTextLength]);
        }
    }

    public CareChange ToChange() => new(
        DiagnosisGroup,
        RegionCode,
        RegistrationForm.Blank(CityCode),
        RegistrationForm.Blank(FollowUpHospital),
        RegistrationForm.Blank(TreatingDoctor),
        string.IsNullOrEmpty(MobilityNeed) ? "none" : MobilityNeed);
}
