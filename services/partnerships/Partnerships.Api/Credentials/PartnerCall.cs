namespace PatientNetwork.Partnerships.Credentials;

/// <summary>One call a partner made with a token: who, with which credential, where, and what it was answered.</summary>
public sealed class PartnerCall(string partnerId, Guid credentialId, string method, string path, int status, DateTimeOffset at)
{
    public long Id { get; private set; }

    public string PartnerId { get; private set; } = partnerId;

    public Guid CredentialId { get; private set; } = credentialId;

    public string Method { get; private set; } = method;

    public string Path { get; private set; } = path;

    public int Status { get; private set; } = status;

    public DateTimeOffset At { get; private set; } = at;
}
