namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// One page of a list, with what a client needs to ask for the next. When counting every match
/// would cost more than the page itself (fuzzy search), <see cref="TotalCount"/> stops at a cap and
/// <see cref="TotalCountIsLowerBound"/> says "at least this many".
/// </summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalCountIsLowerBound = false)
{
    public int TotalPages => PageSize == 0 ? 0 : (int)Math.Ceiling(TotalCount / (double)PageSize);
}
