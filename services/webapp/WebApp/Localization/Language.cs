using System.Globalization;

namespace PatientNetwork.WebApp.Localization;

/// <summary>A language of the app: its code as the gateway keeps it ("ar", "fr", "en"), its Moroccan culture and its direction.</summary>
public sealed record Language(string Code, CultureInfo Culture, bool RightToLeft, string NativeName);
