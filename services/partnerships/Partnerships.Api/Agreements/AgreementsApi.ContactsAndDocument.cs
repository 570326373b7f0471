using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>The agreement's contacts and signed document: changed by admins, read by admins and coordinators, every access audited.</summary>
public static partial class AgreementsApi
{
    /// <summary>Replaces the agreement's contacts (admins); the change is audited, the contacts never logged.</summary>
    public static async Task<Results<Ok<AgreementResponse>, NotFound>> ReplaceContacts(
        Guid id, Guid agreementId, AgreementContactsRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var partnerId = id.ToString("D");
        var agreement = await db.Agreements.FirstOrDefaultAsync(a => a.Id == agreementId && a.PartnerId == partnerId && a.AssociationId == staff.AssociationId, cancellationToken);
        if (agreement is null)
        {
            return TypedResults.NotFound();
        }

        agreement.ReplaceContacts(AgreementContact.Protect(Contacts(request.Contacts), encryptor));
        db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.ContactsChanged, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, agreement, encryptor, time, cancellationToken));
    }

    /// <summary>Uploads the signed agreement (admins): a PDF of at most 5 MB, base64-encoded, recognised by its content; replaces an earlier upload.</summary>
    public static async Task<Results<Ok<AgreementDocumentInfo>, NotFound>> UploadDocument(
        Guid id, Guid agreementId, AgreementDocumentRequest request, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (await OwnAgreementAsync(db, id, agreementId, staff, cancellationToken) is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var content = AgreementDocumentContent.Decode(request.ContentBase64!);
        var fileName = request.FileName!.Trim();
        if (await db.AgreementDocuments.FirstOrDefaultAsync(d => d.AgreementId == agreementId, cancellationToken) is { } document)
        {
            document.Replace(fileName, content, staff.Login, now);
        }
        else
        {
            document = new AgreementDocument(agreementId, fileName, content, staff.Login, now);
            db.AgreementDocuments.Add(document);
        }

        db.Add(new AgreementAccess(agreementId, staff.AssociationId, staff.Login, AgreementAccess.DocumentUploaded, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new AgreementDocumentInfo(document.FileName, document.Size, document.UploadedAt, document.UploadedBy));
    }

    /// <summary>The signed agreement as uploaded (admins and coordinators); each download is audited before the file leaves.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound>> DownloadDocument(
        Guid id, Guid agreementId, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var document = await OwnAgreementAsync(db, id, agreementId, staff, cancellationToken) is null ? null
            : await db.AgreementDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.AgreementId == agreementId, cancellationToken);
        if (document is null)
        {
            return TypedResults.NotFound();
        }

        db.Add(new AgreementAccess(agreementId, staff.AssociationId, staff.Login, AgreementAccess.DocumentRead, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.File(document.Content, AgreementDocumentContent.ContentType, document.FileName);
    }
}
