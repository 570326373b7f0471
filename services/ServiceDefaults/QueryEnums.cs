namespace PatientNetwork.ServiceDefaults;

/// <summary>
/// Enum filters taken from the query string as text, so that an unknown value gets a field error of the endpoint's own
/// instead of the binder's bare 400: only an enum name written as the API writes it (lower case, letters only) is known;
/// digits, which <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> would accept, are not.
/// </summary>
public static class QueryEnums
{
    public static bool TryParseLowerCase<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        return text.Length > 0 && text.All(char.IsAsciiLetterLower) && Enum.TryParse(text, ignoreCase: true, out value);
    }
}
