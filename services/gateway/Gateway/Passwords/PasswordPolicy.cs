using System.Reflection;

namespace PatientNetwork.Gateway.Passwords;

/// <summary>
/// What every new password must be (NIST SP 800-63B's advice: length and a list of known-bad passwords,
/// no composition rules): at least 12 characters, not one of the 10,000 most common passwords (shipped in
/// <c>common-passwords.txt</c>, also with trailing digits and symbols removed, so <c>password12345</c>
/// counts), and neither containing the login nor the person's name.
/// </summary>
public sealed class PasswordPolicy
{
    public const int MinimumLength = 12;
    public const int MaximumLength = 200;

    private readonly HashSet<string> common;

    public PasswordPolicy(IEnumerable<string> commonPasswords) =>
        common = commonPasswords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0 && !p.StartsWith('#')).ToHashSet(StringComparer.Ordinal);

    public int CommonPasswordCount => common.Count;

    /// <summary>The list shipped in the gateway assembly.</summary>
    public static PasswordPolicy Shipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PatientNetwork.Gateway.Passwords.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded in the gateway.");
        using var reader = new StreamReader(stream);
        return new PasswordPolicy(reader.ReadToEnd().Split('\n'));
    }

    /// <summary>Why the password is refused, in a sentence for the person choosing it, or null when it is acceptable.</summary>
    public string? Refusal(string password, string login, string displayName)
    {
        if (password.Length < MinimumLength)
        {
            return $"A password has at least {MinimumLength} characters; a few words make a long password easy to remember.";
        }

        if (password.Length > MaximumLength)
        {
            return $"A password has at most {MaximumLength} characters.";
        }

        var lower = password.ToLowerInvariant();
        var withoutTrailing = WithoutTrailingNonLetters(lower);
        if (common.Contains(lower) || (withoutTrailing.Length >= 4 && common.Contains(withoutTrailing)) || IsOneRepeatedCharacter(lower))
        {
            return "This password is one of the most common ones, which are tried first; choose another.";
        }

        if (Contains(lower, login) || login.Split('.', '@', '-', '_').Any(part => Contains(lower, part)) || Contains(lower, displayName))
        {
            return "A password may not contain the login or the person's name.";
        }

        return null;
    }

    private static bool Contains(string password, string part)
    {
        var trimmed = part.Trim().ToLowerInvariant();
        return trimmed.Length >= 4 && password.Contains(trimmed, StringComparison.Ordinal);
    }

    private static bool IsOneRepeatedCharacter(string password) => password.All(c => c == password[0]);

    private static string WithoutTrailingNonLetters(string value)
    {
        var end = value.Length;
        while (end > 0 && !char.IsLetter(value[end - 1]))
        {
            end--;
        }

        return value[..end];
    }
}
