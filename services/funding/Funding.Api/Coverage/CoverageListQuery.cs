using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Coverage;

/// <summary>
/// Filters of the coverage-account list: <c>?status=suspended&amp;page=1&amp;pageSize=20&amp;sort=-openedAt</c>.
/// Without <c>status</c> the list shows open accounts (active and suspended): closed ones belong
/// to merged duplicates and would list the same person twice.
/// </summary>
public sealed record CoverageListQuery(string? Status, int? Page, int? PageSize, string? Sort)
{
    private static readonly string[] SortableFields = ["openedAt"];

    private static readonly Dictionary<string, CoverageStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["active"] = CoverageStatus.Active,
        ["suspended"] = CoverageStatus.Suspended,
        ["closed"] = CoverageStatus.Closed,
    };

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

    public IQueryable<CoverageAccount> Apply(IQueryable<CoverageAccount> accounts) =>
        Status is not null && Statuses.TryGetValue(Status, out var status)
            ? accounts.Where(a => a.Status == status)
            : accounts.Where(a => a.Status != CoverageStatus.Closed);

    public IQueryable<CoverageAccount> Order(IQueryable<CoverageAccount> accounts) =>
        (Paging.Descending ? accounts.OrderByDescending(a => a.OpenedAt) : accounts.OrderBy(a => a.OpenedAt)).ThenBy(a => a.Id);

    /// <summary>What the audit keeps of a list request.</summary>
    public string Describe() => $"status={Status ?? "open"}; page={Paging.PageNumber}; pageSize={Paging.Size}";
}
