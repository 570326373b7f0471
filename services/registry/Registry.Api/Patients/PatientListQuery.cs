using Microsoft.EntityFrameworkCore;
using PatientNetwork.Contracts;
using PatientNetwork.Registry.ReferenceData;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Registry.Patients;

/// <summary>
/// Filters of the patient list: <c>?name=mohamed&amp;diagnosisGroup=leukemia&amp;regionCode=casablanca-settat
/// &amp;branchId=…&amp;vitalStatus=alive&amp;consent=statistics&amp;page=1&amp;pageSize=20&amp;sort=-registeredAt</c>.
/// </summary>
public sealed record PatientListQuery(
    string? Name,
    string? DiagnosisGroup,
    string? RegionCode,
    string? BranchId,
    string? VitalStatus,
    string? Consent,
    int? Page,
    int? PageSize,
    string? Sort)
{
    private static readonly string[] SortableFields = ["registeredAt", "lastName", "birthYear"];

    public PageQuery Paging => new(Page, PageSize, Sort);

    public bool IsNameSearch => !string.IsNullOrWhiteSpace(Name);

    public Dictionary<string, string[]>? Validate(ReferenceCatalog catalog)
    {
        var errors = Paging.Validate(SortableFields) ?? [];
        if (Name is not null && (Name.Trim().Length < 2 || Name.Length > 100))
        {
            errors["name"] = ["Search with 2 to 100 characters."];
        }
        else if (Name is not null && !Name.Any(char.IsLetter))
        {
            errors["name"] = ["Search with at least one letter of the name."];
        }

        if (Name is not null && Sort is not null)
        {
            errors["sort"] = ["A name search is ordered by closeness of the name; leave sort out."];
        }

        if (DiagnosisGroup is not null && !DiagnosisGroups.All.Contains(DiagnosisGroup))
        {
            errors["diagnosisGroup"] = [PatientRules.DiagnosisGroupMessage];
        }

        if (RegionCode is not null && !catalog.IsRegion(RegionCode))
        {
            errors["regionCode"] = [PatientRules.RegionMessage];
        }

        if (VitalStatus is not null && ParseVitalStatus(VitalStatus) is null)
        {
            errors["vitalStatus"] = ["Vital status must be alive, deceased or lost-to-follow-up."];
        }

        if (Consent is not null && !ConsentPurposes.All.Contains(Consent))
        {
            errors["consent"] = [$"Consent must be one of: {string.Join(", ", ConsentPurposes.All)}."];
        }

        return errors.Count == 0 ? null : errors;
    }

    public IQueryable<Patient> Apply(IQueryable<Patient> patients)
    {
        if (DiagnosisGroup is not null)
        {
            patients = patients.Where(p => p.DiagnosisGroup == DiagnosisGroup);
        }

        if (RegionCode is not null)
        {
            patients = patients.Where(p => p.RegionCode == RegionCode);
        }

        if (BranchId is not null)
        {
            patients = patients.Where(p => p.BranchId == BranchId);
        }

        if (VitalStatus is not null && ParseVitalStatus(VitalStatus) is { } status)
        {
            patients = patients.Where(p => p.VitalStatus == status);
        }

        if (Consent is not null)
        {
            // The latest decision for the purpose must be "given".
            patients = patients.Where(p => p.Consents.Where(c => c.Purpose == Consent).OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Select(c => c.Given).FirstOrDefault());
        }

        return patients;
    }

    public IQueryable<Patient> Order(IQueryable<Patient> patients)
    {
        var page = Paging;
        return (page.SortField, page.Descending) switch
        {
            ("lastName", false) => patients.OrderBy(p => p.LastName).ThenBy(p => p.Id),
            ("lastName", true) => patients.OrderByDescending(p => p.LastName).ThenBy(p => p.Id),
            ("birthYear", false) => patients.OrderBy(p => p.BirthYear).ThenBy(p => p.Id),
            ("birthYear", true) => patients.OrderByDescending(p => p.BirthYear).ThenBy(p => p.Id),
            ("registeredAt", false) => patients.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id),
            _ => patients.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
        };
    }

    /// <summary>What the audit keeps of a search: the filters, never the name typed (names are not logged).</summary>
    public string DescribeWithoutNames()
    {
        var filters = string.Join("; ", new[]
        {
            Name is null ? null : "name search",
            DiagnosisGroup is null ? null : $"diagnosisGroup={DiagnosisGroup}",
            RegionCode is null ? null : $"regionCode={RegionCode}",
            BranchId is null ? null : $"branchId={BranchId}",
            VitalStatus is null ? null : $"vitalStatus={VitalStatus}",
            Consent is null ? null : $"consent={Consent}",
        }.OfType<string>());
        return filters.Length == 0 ? "no filter" : filters;
    }

    private static Patients.VitalStatus? ParseVitalStatus(string value) => value switch
    {
        "alive" => Patients.VitalStatus.Alive,
        "deceased" => Patients.VitalStatus.Deceased,
        "lost-to-follow-up" => Patients.VitalStatus.LostToFollowUp,
        _ => null,
    };
}
