namespace PatientNetwork.WebApp.Gateway;

/// <summary>A page of a list as every service answers it (PagedResult).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, bool TotalCountIsLowerBound, int TotalPages);
