using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

/// <summary>Filters of the claim list: <c>?status=in-review&amp;patientId=…&amp;programmeId=…&amp;page=1&amp;pageSize=20&amp;sort=-createdAt</c>.</summary>
public sealed record ClaimsListQuery(string? Status, Guid? PatientId, Guid? ProgrammeId, int? Page, int? PageSize, string? Sort)
{
    private static readonly string[] SortableFields = ["createdAt"];

    private static readonly Dictionary<string, ClaimStatus> Statuses =
        Enum.GetValues<ClaimStatus>().ToDictionary(ClaimTransitionException.Kebab, s => s, StringComparer.Ordinal);

    public PageQuery Paging => new(Page, PageSize, Sort);

    public Dictionary<string, string[]>? Validate()
    {
        var errors = Paging.Validate(SortableFields) ?? [];
        if (Status is not null && !Statuses.ContainsKey(Status))
        {
            errors["status"] = [$"Status must be one of: {string.Join(", ", Statuses.Keys)}."];
        }

        return errors.Count == 0 ? null : errors;
    }

    public IQueryable<Claim> Apply(IQueryable<Claim> claims)
    {
        if (Status is not null && Statuses.TryGetValue(Status, out var status))
        {
            claims = claims.Where(c => c.Status == status);
        }

        if (PatientId is { } patient)
        {
            claims = claims.Where(c => c.PatientId == patient);
        }

        if (ProgrammeId is { } programme)
        {
            claims = claims.Where(c => c.ProgrammeId == programme);
        }

        return (Paging.Descending ? claims.OrderByDescending(c => c.CreatedAt) : claims.OrderBy(c => c.CreatedAt)).ThenBy(c => c.Id);
    }

    public string Describe() => $"status={Status ?? "any"}; patientId={PatientId}; programmeId={ProgrammeId}; page={Paging.PageNumber}; pageSize={Paging.Size}";
}
