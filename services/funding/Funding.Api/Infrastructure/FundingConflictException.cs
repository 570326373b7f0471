namespace PatientNetwork.Funding.Infrastructure;

/// <summary>
/// A domain type refused what it was asked because of the state it is in. Thrown by the domain,
/// answered once, as a problem (409, or 403 for a rule about who acts), by <see cref="FundingConflictExceptionHandler"/>; the unit of
/// work it interrupts is never committed.
/// </summary>
public class FundingConflictException(string title, string detail, IReadOnlyDictionary<string, object?>? extensions = null, int statusCode = StatusCodes.Status409Conflict)
    : InvalidOperationException(detail)
{
    /// <summary>409, or 403 for a rule about who may do it (four eyes, approval by an admin).</summary>
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;

    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
