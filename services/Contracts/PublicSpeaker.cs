namespace PatientNetwork.Contracts;

/// <summary>A speaker of a public session and their role ("haematologist, Hassan II hospital of Settat").</summary>
public sealed record PublicSpeaker(string Name, string Role);
