using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace PatientNetwork.ServiceDefaults.ConditionalGet;

/// <summary>Strong entity tags computed from a response's bytes, and RFC 9110's weak comparison for If-None-Match.</summary>
public static class EntityTag
{
    /// <summary>The first 16 bytes of the body's SHA-256, base64url, quoted: the same bytes always give the same tag.</summary>
    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return $"\"{WebEncoders.Base64UrlEncode(hash[..16])}\"";
    }

    /// <summary>
    /// True when <paramref name="ifNoneMatch"/> (a list of tags, or <c>*</c>) names <paramref name="tag"/>; weak tags
    /// (<c>W/"…"</c>) match their strong form, as If-None-Match compares weakly.
    /// </summary>
    public static bool Matches(string? ifNoneMatch, string tag)
    {
        if (string.IsNullOrWhiteSpace(ifNoneMatch))
        {
            return false;
        }

        foreach (var candidate in ifNoneMatch.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (candidate == "*" || string.Equals(StripWeakness(candidate), StripWeakness(tag), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripWeakness(string tag) => tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
}
