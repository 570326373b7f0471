namespace PatientNetwork.Events.Registrations;

/// <summary>
/// A party's registration: the contact person's name, email and/or phone, the language notices are sent in
/// (ar, fr, en), adults and children who come, sessions with seats of their own, one answer per question of the
/// event (same order), accessibility needs.
/// </summary>
public sealed record RegistrationRequest(
    string? Name,
    string? Email = null,
    string? Phone = null,
    string? Language = null,
    int? Adults = null,
    int? Children = null,
    IReadOnlyList<Guid>? SessionIds = null,
    IReadOnlyList<string>? Answers = null,
    string? AccessibilityNeeds = null);
