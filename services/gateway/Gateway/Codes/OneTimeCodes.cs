using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Gateway.Infrastructure;

namespace PatientNetwork.Gateway.Codes;

/// <summary>Issues and uses one-time codes; a new code of a purpose withdraws the account's earlier ones.</summary>
public sealed class OneTimeCodes(GatewayDbContext db, TimeProvider time)
{
    // No 0/O, 1/I/L: the code is read aloud or copied from a message by someone who is not a developer.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    /// <summary>A new code for the account, added to the unit of work (earlier codes of the purpose are withdrawn at once).</summary>
    public async Task<(string Code, DateTimeOffset ExpiresAt)> IssueAsync(Guid accountId, OneTimeCodePurpose purpose, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.OneTimeCodes
            .Where(c => c.AccountId == accountId && c.Purpose == purpose && c.UsedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), cancellationToken);
        var code = purpose == OneTimeCodePurpose.TwoFactorEnrollment ? NewToken() : NewCode();
        var issued = OneTimeCode.Create(accountId, purpose, code, now, lifetime);
        db.OneTimeCodes.Add(issued);
        return (code, issued.ExpiresAt);
    }

    /// <summary>Uses the account's code if it is the one issued, unused and unexpired; false otherwise (and always false a second time).</summary>
    public async Task<bool> UseAsync(Guid accountId, OneTimeCodePurpose purpose, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = Hash(code);
        var used = await db.OneTimeCodes
            .Where(c => c.AccountId == accountId && c.Purpose == purpose && c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.UsedAt, now), cancellationToken);
        return used == 1;
    }

    /// <summary>The account the enrolment token belongs to, if it is unused and unexpired (the token is used when the enrolment completes).</summary>
    public async Task<Guid?> FindAccountAsync(OneTimeCodePurpose purpose, string code, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = Hash(code);
        return await db.OneTimeCodes.AsNoTracking()
            .Where(c => c.Purpose == purpose && c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now)
            .Select(c => (Guid?)c.AccountId)
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<bool> HasPendingAsync(Guid accountId, OneTimeCodePurpose purpose, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.OneTimeCodes.AnyAsync(c => c.AccountId == accountId && c.Purpose == purpose && c.UsedAt == null && c.ExpiresAt > now, cancellationToken);
    }

    /// <summary>Upper case without separators or spaces, so <c>abcd-efgh-jkmn</c> and <c>ABCDEFGHJKMN</c> are the same code.</summary>
    public static string Hash(string code)
    {
        var normalized = new string(code.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>Twelve characters of a 31-letter alphabet in three groups (about 59 bits), for a person to type.</summary>
    public static string NewCode()
    {
        var raw = RandomNumberGenerator.GetString(Alphabet, 12);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }

    /// <summary>32 random characters (about 158 bits), for a token a program carries.</summary>
    public static string NewToken() => RandomNumberGenerator.GetString(Alphabet, 32);
}
