namespace PatientNetwork.Gateway.Codes;

/// <summary>
/// A code an account may use once before it expires: an invitation, a password reset or an enrolment
/// token. Only its SHA-256 hash is stored (codes are random, 60 bits or more, so a slow hash adds nothing);
/// using it is one conditional update, so two concurrent uses cannot both succeed.
/// </summary>
public sealed class OneTimeCode
{
    private OneTimeCode()
    {
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public OneTimeCodePurpose Purpose { get; private set; }

    public string CodeHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was used, or withdrawn because a newer code of the same purpose replaced it.</summary>
    public DateTimeOffset? UsedAt { get; private set; }

    public static OneTimeCode Create(Guid accountId, OneTimeCodePurpose purpose, string code, DateTimeOffset now, TimeSpan lifetime) => new()
    {
        Id = Guid.CreateVersion7(now),
        AccountId = accountId,
        Purpose = purpose,
        CodeHash = OneTimeCodes.Hash(code),
        CreatedAt = now,
        ExpiresAt = now + lifetime,
    };
}
