namespace PatientNetwork.Partnerships.Agreements;

/// <summary>The signed agreement, a PDF kept in the database beside it; a new upload replaces the old one.</summary>
public sealed class AgreementDocument(Guid agreementId, string fileName, byte[] content, string uploadedBy, DateTimeOffset uploadedAt)
{
    public Guid AgreementId { get; private set; } = agreementId;

    public string FileName { get; private set; } = fileName;

    public byte[] Content { get; private set; } = content;

    public int Size { get; private set; } = content.Length;

    public string UploadedBy { get; private set; } = uploadedBy;

    public DateTimeOffset UploadedAt { get; private set; } = uploadedAt;

    public void Replace(string fileName, byte[] content, string uploadedBy, DateTimeOffset uploadedAt)
    {
        FileName = fileName;
        Content = content;
        Size = content.Length;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
    }
}
