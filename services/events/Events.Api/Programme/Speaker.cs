namespace PatientNetwork.Events.Programme;

/// <summary>Who speaks in a session and as what, e.g. "haematologist, Hassan II hospital of Settat". A public figure, not personal data of a registrant.</summary>
public sealed record Speaker(string Name, string Role);
