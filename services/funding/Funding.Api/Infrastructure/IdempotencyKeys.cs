namespace PatientNetwork.Funding.Infrastructure;

/// <summary>
/// The <c>Idempotency-Key</c> header every money-moving request carries: a client-chosen token
/// (a UUID is best) that makes a retried request find what the first one did instead of doing it again.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Field errors when the key is missing or unusable, else null.</summary>
    public static Dictionary<string, string[]>? Validate(string? key)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            return new() { [Header] = [$"Send an {Header} header (a UUID): it makes retrying this request safe."] };
        }

        if (key.Length > MaxLength || key.Any(c => c is < '!' or > '~'))
        {
            return new() { [Header] = [$"An {Header} is 1 to {MaxLength} printable ASCII characters without spaces."] };
        }

        return null;
    }
}
