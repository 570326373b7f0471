namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Page parameters of a list endpoint: <c>?page=1&amp;pageSize=20&amp;sort=-registeredAt</c>. Every
/// list pages through at most its first <see cref="MaxReachableRows"/> rows: beyond that an offset
/// scan costs more than it is worth and page × pageSize would near the integer limit; filters reach the rest.
/// </summary>
public sealed record PageQuery(int? Page, int? PageSize, string? Sort)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxReachableRows = 1_000_000;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    /// <summary>The rows before this page; within the integer range once <see cref="Validate"/> has passed.</summary>
    public int Skip => (PageNumber - 1) * Size;

    /// <summary>Field errors for out-of-range values, or null when the query is usable.</summary>
    public Dictionary<string, string[]>? Validate(IReadOnlyCollection<string> sortableFields)
    {
        var errors = new Dictionary<string, string[]>();
        var lastPage = MaxReachableRows / Math.Clamp(Size, 1, MaxPageSize);
        if (PageNumber < 1 || PageNumber > lastPage)
        {
            errors["page"] = [$"Page must be between 1 and {lastPage} at this page size: a list reaches its first {MaxReachableRows} rows; narrow the filters to reach others."];
        }

        if (Size is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Page size must be between 1 and {MaxPageSize}."];
        }

        if (Sort is not null && !sortableFields.Contains(Sort.TrimStart('-')))
        {
            errors["sort"] = [$"Sort by one of: {string.Join(", ", sortableFields)} (prefix '-' for descending)."];
        }

        return errors.Count == 0 ? null : errors;
    }

    public bool Descending => Sort?.StartsWith('-') ?? false;

    public string? SortField => Sort?.TrimStart('-');
}
