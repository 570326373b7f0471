using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Credentials;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Referrals;
using PatientNetwork.Protection;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Partnerships.Agreements;

/// <summary>
/// A partner's agreements: every staff member of the partner's association reads them, admins draft, edit (while a
/// draft), activate and terminate them; contacts and the signed document are for admins and coordinators, and each read of them is audited.
/// </summary>
public static partial class AgreementsApi
{
    private static readonly string[] SortableFields = ["startsOn", "endsOn", "title"];

    public static RouteGroupBuilder MapAgreementsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/partners/{id:guid}/agreements").WithTags("Partner agreements");
        group.MapGet("/", ListAgreements);
        group.MapGet("/{agreementId:guid}", GetAgreement);
        group.MapPost("/", CreateAgreement).Validate<CreateAgreementRequest>().RequireAuthorization(PartnerCredentialsApi.AdminPolicy);
        group.MapPut("/{agreementId:guid}", EditDraft).Validate<CreateAgreementRequest>().RequireAuthorization(PartnerCredentialsApi.AdminPolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{agreementId:guid}/activate", ActivateAgreement).RequireAuthorization(PartnerCredentialsApi.AdminPolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{agreementId:guid}/terminate", TerminateAgreement).Validate<TerminateAgreementRequest>()
            .RequireAuthorization(PartnerCredentialsApi.AdminPolicy).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{agreementId:guid}/contacts", ReplaceContacts).Validate<AgreementContactsRequest>().RequireAuthorization(PartnerCredentialsApi.AdminPolicy);
        group.MapPut("/{agreementId:guid}/document", UploadDocument).Validate<AgreementDocumentRequest>().RequireAuthorization(PartnerCredentialsApi.AdminPolicy);
        group.MapGet("/{agreementId:guid}/document", DownloadDocument).RequireAuthorization(StaffReferralsApi.CoordinatorPolicy)
            .Produces(StatusCodes.Status200OK, contentType: AgreementDocumentContent.ContentType);
        app.MapGet("/agreements/renewals", ListRenewals).WithTags("Partner agreements").RequireAuthorization(StaffReferralsApi.CoordinatorPolicy);
        return group;
    }

    /// <summary>The partner's agreements, newest start first by default (<c>sort=startsOn|endsOn|title</c>, <c>-</c> for descending); no contacts.</summary>
    public static async Task<Results<Ok<PagedResult<AgreementSummary>>, NotFound, ValidationProblem>> ListAgreements(
        Guid id, [AsParameters] PageQuery query, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await OwnPartnerIdAsync(db, id, http.Staff(), cancellationToken) is not { } partnerId)
        {
            return TypedResults.NotFound();
        }

        var agreements = db.Agreements.AsNoTracking().Where(a => a.PartnerId == partnerId);
        var total = await agreements.CountAsync(cancellationToken);
        var ordered = (query.SortField, query.Descending) switch
        {
            ("endsOn", false) => agreements.OrderBy(a => a.EndsOn),
            ("endsOn", true) => agreements.OrderByDescending(a => a.EndsOn),
            ("title", false) => agreements.OrderBy(a => a.Title),
            ("title", true) => agreements.OrderByDescending(a => a.Title),
            ("startsOn", false) => agreements.OrderBy(a => a.StartsOn),
            _ => agreements.OrderByDescending(a => a.StartsOn),
        };
        var page = await ordered.ThenBy(a => a.Id).Skip(query.Skip).Take(query.Size).ToListAsync(cancellationToken);
        var today = AgreementCap.Today(time);
        return TypedResults.Ok(new PagedResult<AgreementSummary>(page.Select(a => Summary(a, today)).ToList(), query.PageNumber, query.Size, total));
    }

    /// <summary>One agreement; its contacts for admins and coordinators only, each such read audited before the answer.</summary>
    public static async Task<Results<Ok<AgreementResponse>, NotFound>> GetAgreement(
        Guid id, Guid agreementId, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (await OwnAgreementAsync(db, id, agreementId, staff, cancellationToken) is not { } agreement)
        {
            return TypedResults.NotFound();
        }

        var seesContacts = SeesContacts(staff);
        if (seesContacts)
        {
            db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.ContactsRead, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(await ResponseAsync(db, agreement, seesContacts ? encryptor : null, time, cancellationToken));
    }

    /// <summary>Drafts an agreement with the partner (admins); it opens its scopes once activated and in force.</summary>
    public static async Task<Results<Created<AgreementResponse>, NotFound>> CreateAgreement(
        Guid id, CreateAgreementRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (await OwnPartnerIdAsync(db, id, staff, cancellationToken) is not { } partnerId)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var agreement = PartnerAgreement.Draft(partnerId, staff.AssociationId, request.Kind!.Value, request.Title!.Trim(), request.StartsOn!.Value, request.EndsOn,
            request.DataShared!, AgreementContact.Protect(Contacts(request.Contacts), encryptor), staff.Login, now);
        db.Agreements.Add(agreement);
        db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.ContactsChanged, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/partners/{id}/agreements/{agreement.Id}", await ResponseAsync(db, agreement, encryptor, time, cancellationToken));
    }

    /// <summary>Activates a draft (it is signed): from its start date its scopes may be granted. Publishes <c>PartnerAgreementChanged</c>.</summary>
    public static Task<Results<Ok<AgreementResponse>, NotFound, ProblemHttpResult>> ActivateAgreement(
        Guid id, Guid agreementId, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeLockedAsync(id, agreementId, http, db, encryptor, time, (agreement, staff, now) =>
        {
            agreement.Activate(staff.Login, now, AgreementCap.Today(time));
            db.AddIntegrationEvent(AgreementEvents.Changed(agreement, now));
        }, cancellationToken);

    /// <summary>
    /// Ends an active agreement early, with a reason. Its scopes stop being granted at once and partner calls relying on
    /// them are refused within seconds. Publishes <c>PartnerAgreementChanged</c>.
    /// </summary>
    public static Task<Results<Ok<AgreementResponse>, NotFound, ProblemHttpResult>> TerminateAgreement(
        Guid id, Guid agreementId, TerminateAgreementRequest request, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time, CancellationToken cancellationToken) =>
        ChangeLockedAsync(id, agreementId, http, db, encryptor, time, (agreement, staff, now) =>
        {
            agreement.Terminate(staff.Login, now, request.Reason!.Trim());
            db.AddIntegrationEvent(AgreementEvents.Changed(agreement, now));
        }, cancellationToken);

    /// <summary>
    /// Changes the agreement under a row lock, so that two changes at once (a step, a draft's edit, or the renewal job's
    /// expiry) are taken one after the other and the second sees the first's outcome. The change adds its own event or
    /// audit row; a refusal of the domain type is the 409. The answer shows admins and coordinators the contacts, so the
    /// read is audited too.
    /// </summary>
    private static async Task<Results<Ok<AgreementResponse>, NotFound, ProblemHttpResult>> ChangeLockedAsync(
        Guid id, Guid agreementId, HttpContext http, PartnershipsDbContext db, FieldEncryptor encryptor, TimeProvider time,
        Action<PartnerAgreement, StaffMember, DateTimeOffset> change, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var agreement = await db.Agreements.FromSql($"SELECT * FROM partner_agreements WHERE id = {agreementId} FOR UPDATE")
            .FirstOrDefaultAsync(a => a.AssociationId == staff.AssociationId && a.PartnerId == id.ToString("D"), cancellationToken);
        if (agreement is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        try
        {
            change(agreement, staff, now);
        }
        catch (AgreementConflictException conflict)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The agreement cannot make this step.", detail: conflict.Message);
        }

        var seesContacts = SeesContacts(staff);
        if (seesContacts && !ContactsJustWritten(db))
        {
            // The answer carries the stored contacts, decrypted: a read like any other, audited in the same transaction.
            db.Add(new AgreementAccess(agreement.Id, staff.AssociationId, staff.Login, AgreementAccess.ContactsRead, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Ok(await ResponseAsync(db, agreement, seesContacts ? encryptor : null, time, cancellationToken));
    }

    /// <summary>Whether the change itself replaced the contacts (the caller then gets back what it sent, audited as a change).</summary>
    private static bool ContactsJustWritten(PartnershipsDbContext db) =>
        db.ChangeTracker.Entries<AgreementAccess>().Any(e => e.State == EntityState.Added && e.Entity.Action == AgreementAccess.ContactsChanged);

    /// <summary>The association's renewal reminders (admins and coordinators), soonest end first: agreements to renew or let go.</summary>
    public static async Task<Results<Ok<PagedResult<RenewalResponse>>, ValidationProblem>> ListRenewals(
        [AsParameters] PageQuery query, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(["endsOn"]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var reminders = db.RenewalReminders.AsNoTracking().Where(r => r.AssociationId == staff.AssociationId)
            .Join(db.Agreements.AsNoTracking(), r => r.AgreementId, a => a.Id, (r, a) => new { Reminder = r, a.Title, a.Status })
            .Where(x => x.Status == AgreementStatus.Active);
        var total = await reminders.CountAsync(cancellationToken);
        var ordered = query.Descending ? reminders.OrderByDescending(x => x.Reminder.EndsOn) : reminders.OrderBy(x => x.Reminder.EndsOn);
        var page = await ordered.ThenBy(x => x.Reminder.Id).Skip(query.Skip).Take(query.Size)
            .Select(x => new RenewalResponse(x.Reminder.AgreementId, x.Reminder.PartnerId, x.Title, x.Reminder.EndsOn, x.Reminder.LeadDays, x.Reminder.RecordedAt))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<RenewalResponse>(page, query.PageNumber, query.Size, total));
    }

    private static bool SeesContacts(StaffMember staff) => staff.IsInRole(StaffRoles.Admin) || staff.IsInRole(StaffRoles.Coordinator);

    private static IEnumerable<AgreementContact> Contacts(IReadOnlyList<AgreementContactRequest>? contacts) =>
        (contacts ?? []).Select(c => new AgreementContact(c.Name!.Trim(), c.Role!.Trim(), Blank(c.Email), Blank(c.Phone)));

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static async Task<string?> OwnPartnerIdAsync(PartnershipsDbContext db, Guid id, StaffMember staff, CancellationToken cancellationToken)
    {
        var partnerId = id.ToString("D");
        return await db.Partners.AsNoTracking().AnyAsync(p => p.Id == partnerId && p.AssociationId == staff.AssociationId, cancellationToken) ? partnerId : null;
    }

    private static Task<PartnerAgreement?> OwnAgreementAsync(PartnershipsDbContext db, Guid id, Guid agreementId, StaffMember staff, CancellationToken cancellationToken)
    {
        var partnerId = id.ToString("D");
        return db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == agreementId && a.PartnerId == partnerId && a.AssociationId == staff.AssociationId, cancellationToken);
    }

    private static AgreementSummary Summary(PartnerAgreement a, DateOnly today) =>
        new(a.Id, a.PartnerId, a.Kind, a.Title, a.StartsOn, a.EndsOn, a.Status, a.DataShared, a.IsInForceOn(today));

    /// <summary>The agreement as answered; its contacts decrypted only when an <paramref name="encryptor"/> is given.</summary>
    private static async Task<AgreementResponse> ResponseAsync(PartnershipsDbContext db, PartnerAgreement a, FieldEncryptor? encryptor, TimeProvider time, CancellationToken cancellationToken)
    {
        var document = await db.AgreementDocuments.AsNoTracking().Where(d => d.AgreementId == a.Id)
            .Select(d => new AgreementDocumentInfo(d.FileName, d.Size, d.UploadedAt, d.UploadedBy)).FirstOrDefaultAsync(cancellationToken);
        return new AgreementResponse(a.Id, a.PartnerId, a.Kind, a.Title, a.StartsOn, a.EndsOn, a.Status, a.DataShared, a.IsInForceOn(AgreementCap.Today(time)),
            a.TerminationReason, a.CreatedAt, a.CreatedBy, a.StatusChangedAt, a.StatusChangedBy, document,
            encryptor is null ? null : AgreementContact.Read(a.ProtectedContacts, encryptor));
    }
}
