using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The 6-digit code an authenticator app shows for a base32 secret now (RFC 6238: HMAC-SHA1, 30-second steps).</summary>
public static class Totp
{
    public static string Code(string base32Secret, DateTimeOffset now)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, now.ToUnixTimeSeconds() / 30);
#pragma warning disable CA5350 // RFC 6238's default algorithm, the one authenticator apps use.
        var hash = HMACSHA1.HashData(FromBase32(base32Secret), counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] FromBase32(string value)
    {
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var buffer = 0;
        var bytes = new List<byte>();
        foreach (var c in value.TrimEnd('=').ToUpperInvariant())
        {
            if (c == ' ')
            {
                continue;
            }

            buffer = (buffer << 5) | Alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}
