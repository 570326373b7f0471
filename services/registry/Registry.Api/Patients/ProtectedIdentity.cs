namespace PatientNetwork.Registry.Patients;

/// <summary>Direct identifiers as stored: encrypted, with keyed hashes for exact look-up. Never the clear values.</summary>
public sealed record ProtectedIdentity(string? CinCiphertext, string? CinIndex, string? PhoneCiphertext, string? PhoneIndex, string? AddressCiphertext)
{
    public static readonly ProtectedIdentity None = new(null, null, null, null, null);
}
