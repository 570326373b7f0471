namespace PatientNetwork.Funding.Donors;

/// <summary>A donor's contact details as stored: ciphertexts, and blind indexes of phone and email.</summary>
public sealed record DonorContactsProtected(string? PhoneCiphertext, string? PhoneIndex, string? EmailCiphertext, string? EmailIndex, string? AddressCiphertext);
