using System.Security.Cryptography;

namespace PatientNetwork.Events.Registrations;

/// <summary>Confirmation codes: 12 characters of an unambiguous alphabet (60 random bits), unguessable, readable at a door.</summary>
public static class RegistrationCodes
{
    public const int Length = 12;

    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    public static bool LooksLikeCode(string? code) => code is { Length: Length } && code.All(Alphabet.Contains);
}
