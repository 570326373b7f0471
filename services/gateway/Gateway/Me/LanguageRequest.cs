namespace PatientNetwork.Gateway.Me;

/// <param name="Language">"ar", "fr" or "en".</param>
public sealed record LanguageRequest(string? Language);
