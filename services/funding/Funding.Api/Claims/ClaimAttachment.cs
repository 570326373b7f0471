namespace PatientNetwork.Funding.Claims;

/// <summary>A scanned invoice or prescription of a claim, kept in the service's database with its content type checked by its first bytes.</summary>
public sealed class ClaimAttachment
{
    private ClaimAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ClaimId { get; private set; }

    public string AssociationId { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public int Size { get; private set; }

    public byte[] Content { get; private set; } = [];

    public DateTimeOffset UploadedAt { get; private set; }

    public string UploadedBy { get; private set; } = "";

    public static ClaimAttachment Of(Claim claim, string kind, string fileName, string contentType, byte[] content, Actor by, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        ClaimId = claim.Id,
        AssociationId = claim.AssociationId,
        Kind = kind,
        FileName = fileName,
        ContentType = contentType,
        Size = content.Length,
        Content = content,
        UploadedAt = now,
        UploadedBy = by.Login,
    };
}
