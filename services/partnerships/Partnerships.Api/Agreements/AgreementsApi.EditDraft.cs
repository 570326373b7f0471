using Microsoft.AspNetCore.Http.HttpResults;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Protection;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>A draft's terms are corrected before it is signed; an active, expired or terminated agreement stays as it was signed.</summary>
public static partial class AgreementsApi
{
    /// <summary>
    /// Rewrites a draft (admins) with the fields and rules of its creation; contacts left out stay as they are. Audited
    /// (<c>draft-edited</c>, and <c>contacts-changed</c> when contacts are given); 409 once the agreement is no longer a draft.
    /// </summary>
    public static Task<Results<Ok<AgreementResponse>, NotFound, ProblemHttpResult>> EditDraft(
        Guid id, Guid agreementId, CreateAgreementRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeLockedAsync(id, agreementId, http, db, encryptor, time, (agreement, staff, now) =>
        {
            var contacts = request.Contacts is null ? null : AgreementContact.Protect(Contacts(request.Contacts), encryptor);
            agreement.ReviseDraft(request.Kind!.Value, request.Title!.Trim(), request.StartsOn!.Value, request.EndsOn, request.DataShared!, contacts);
            db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.DraftEdited, now));
            if (contacts is not null)
            {
                db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.ContactsChanged, now));
            }
        }, cancellationToken);
}
