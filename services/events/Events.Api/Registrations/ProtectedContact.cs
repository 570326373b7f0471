namespace PatientNetwork.Events.Registrations;

/// <summary>A registrant's email and phone as stored: encrypted, each null when not given.</summary>
public sealed record ProtectedContact(string? EmailCiphertext, string? PhoneCiphertext);
