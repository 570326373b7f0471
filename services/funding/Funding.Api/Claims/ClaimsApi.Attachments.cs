using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Claims;

public static partial class ClaimsApi
{
    /// <summary>Adds a scanned invoice or prescription (PDF, JPEG or PNG as its bytes say, at most 5 MB) until the claim is decided.</summary>
    public static async Task<Results<Created<ClaimAttachmentResponse>, NotFound>> AddAttachment(
        Guid id, AttachmentRequest request, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var db = services.Db;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimQueries.LockAsync(db, staff, id, cancellationToken);
        if (claim is null)
        {
            return TypedResults.NotFound();
        }

        claim.EnsureAcceptsAttachments();
        var content = AttachmentRequestValidator.Decode(request.ContentBase64!);
        var attachment = ClaimAttachment.Of(claim, request.Kind!, request.FileName!.Trim(), AttachmentContent.Detect(content)!, content, Actor.Of(staff), services.Time.GetUtcNow());
        db.ClaimAttachments.Add(attachment);
        services.Audit.Record(staff, AuditActions.AttachmentAdded, [claim.PatientId], $"claim {id}: {attachment.Kind} {attachment.Id}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/claims/{id}/attachments/{attachment.Id}",
            new ClaimAttachmentResponse(attachment.Id, attachment.Kind, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedAt, attachment.UploadedBy));
    }

    /// <summary>The file itself, with the content type its bytes were recognised as.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> GetAttachment(
        Guid id, Guid attachmentId, HttpContext http, [AsParameters] ClaimServices services, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var claim = await services.Db.Claims.AsNoTracking().VisibleTo(staff).Where(c => c.Id == id).Select(c => new { c.PatientId }).FirstOrDefaultAsync(cancellationToken);
        var attachment = claim is null ? null
            : await services.Db.ClaimAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == attachmentId && a.ClaimId == id, cancellationToken);
        if (claim is null || attachment is null)
        {
            return TypedResults.NotFound();
        }

        services.Audit.Record(staff, AuditActions.AttachmentRead, [claim.PatientId], $"claim {id}: {attachment.Kind} {attachment.Id}");
        await services.Db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(attachment.Content, attachment.ContentType, attachment.FileName);
    }
}
