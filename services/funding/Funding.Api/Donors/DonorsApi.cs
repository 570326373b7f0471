using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PatientNetwork.Funding.Audit;
using PatientNetwork.Funding.Infrastructure;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Funding.Donors;

/// <summary>Donors: people and organisations who give, with their contact details protected and their wishes on being named.</summary>
public static class DonorsApi
{
    public static RouteGroupBuilder MapDonorsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/donors").WithTags("Donors").RequireAuthorization(FundingPolicies.DonorsRead);
        group.MapPost("/", CreateDonor).Validate<CreateDonorRequest>().RequireAuthorization(FundingPolicies.Gifts).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListDonors);
        group.MapGet("/{id:guid}", GetDonor);
        return group;
    }

    /// <summary>
    /// Records a donor. A donor with the same phone or email, or a similar name, answers 409 with the candidates;
    /// send <c>confirmNotDuplicate: true</c> to record this one anyway.
    /// </summary>
    public static async Task<Created<DonorResponse>> CreateDonor(
        CreateDonorRequest request, HttpContext http, FundingDbContext db, DonorContacts contacts, FundingAuditTrail audit, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var name = request.Name!.Trim();
        var protectedContacts = contacts.Protect(request.Phone, request.Email, request.Address);
        if (!request.ConfirmNotDuplicate)
        {
            var candidates = await DonorDuplicates.FindAsync(db, staff.AssociationId, name, protectedContacts.PhoneIndex, protectedContacts.EmailIndex, cancellationToken);
            if (candidates.Count > 0)
            {
                throw new FundingConflictException(
                    "This donor may already be on file.",
                    "Donors with the same phone, email or a similar name exist. Check them; send confirmNotDuplicate: true to record a different donor anyway.",
                    new Dictionary<string, object?> { ["candidates"] = candidates });
            }
        }

        var donor = Donor.Create(staff.AssociationId, request.Kind!.Value, name, protectedContacts, request.WishesAnonymity, request.ThankPublicly,
            string.IsNullOrWhiteSpace(request.PublicName) ? null : request.PublicName.Trim(), request.ConsentToContact, staff.Login, time.GetUtcNow());
        db.Donors.Add(donor);
        audit.Record(staff, AuditActions.DonorCreated, [donor.Id]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/donors/{donor.Id}", DonorResponse.From(donor, contacts.Reveal(donor)));
    }

    /// <summary>The association's donors, newest first, optionally by part of the name. Contacts are hidden from volunteers.</summary>
    public static async Task<Results<Ok<PagedResult<DonorResponse>>, ValidationProblem>> ListDonors(
        string? name, int? page, int? pageSize, HttpContext http, FundingDbContext db, DonorContacts contacts, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, null);
        if (paging.Validate([]) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var staff = http.Staff();
        var query = db.Donors.AsNoTracking().Where(d => d.AssociationId == staff.AssociationId);
        if (!string.IsNullOrWhiteSpace(name))
        {
            var folded = DonorNames.Fold(name);
            query = query.Where(d => d.SearchName.Contains(folded));
        }

        var total = await query.CountAsync(cancellationToken);
        var donors = await query.OrderByDescending(d => d.CreatedAt).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        audit.Record(staff, AuditActions.DonorsListed, donors.Select(d => d.Id), $"page={paging.PageNumber}");
        await db.SaveChangesAsync(cancellationToken);
        var seesContacts = SeesContacts(staff);
        return TypedResults.Ok(new PagedResult<DonorResponse>(
            donors.Select(d => DonorResponse.From(d, seesContacts ? contacts.Reveal(d) : null)).ToList(), paging.PageNumber, paging.Size, total));
    }

    public static async Task<Results<Ok<DonorResponse>, NotFound>> GetDonor(
        Guid id, HttpContext http, FundingDbContext db, DonorContacts contacts, FundingAuditTrail audit, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        var donor = await db.Donors.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.AssociationId == staff.AssociationId, cancellationToken);
        if (donor is null)
        {
            return TypedResults.NotFound();
        }

        audit.Record(staff, AuditActions.DonorRead, [donor.Id]);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(DonorResponse.From(donor, SeesContacts(staff) ? contacts.Reveal(donor) : null));
    }

    /// <summary>Admins and coordinators see how to reach a donor; volunteers do not.</summary>
    public static bool SeesContacts(StaffMember staff) => staff.IsInRole(StaffRoles.Admin) || staff.IsInRole(StaffRoles.Coordinator);
}
