namespace PatientNetwork.ServiceDefaults;

/// <summary>Page parameters of a list endpoint: <c>?page=1&amp;pageSize=20&amp;sort=-registeredAt</c>.</summary>
public sealed record PageQuery(int? Page, int? PageSize, string? Sort)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int PageNumber => Page ?? 1;

    public int Size => PageSize ?? DefaultPageSize;

    public int Skip => (PageNumber - 1) * Size;

    /// <summary>Field errors for out-of-range values, or null when the query is usable.</summary>
    public Dictionary<string, string[]>? Validate(IReadOnlyCollection<string> sortableFields)
    {
        var errors = new Dictionary<string, string[]>();
        if (PageNumber < 1)
        {
            errors["page"] = ["Page must be 1 or more."];
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
