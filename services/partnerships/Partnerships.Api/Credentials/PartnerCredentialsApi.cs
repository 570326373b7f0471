using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using PatientNetwork.Contracts;
using PatientNetwork.Messaging.Outbox;
using PatientNetwork.Partnerships.Agreements;
using PatientNetwork.Partnerships.Infrastructure;
using PatientNetwork.Partnerships.Partners;
using PatientNetwork.ServiceDefaults;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PatientNetwork.Partnerships.Credentials;

/// <summary>Staff admins of the partner's association issue, list and revoke its credentials.</summary>
public static class PartnerCredentialsApi
{
    public const string AdminPolicy = "partnerships-admin";
    private static readonly string[] SortableCallFields = ["at"];

    public static RouteGroupBuilder MapPartnerCredentialsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/partners/{id:guid}/credentials").WithTags("Partner credentials").RequireAuthorization(AdminPolicy);
        group.MapPost("/", CreateCredential).Validate<CreateCredentialRequest>();
        group.MapGet("/", ListCredentials);
        group.MapPost("/{credentialId:guid}/revoke", RevokeCredential);
        app.MapGet("/partners/{id:guid}/calls", ListCalls).WithTags("Partner credentials").RequireAuthorization(AdminPolicy);
        return group;
    }

    /// <summary>The partner's audited calls, newest first: credential, method, path, the status it was answered and when.</summary>
    public static async Task<Results<Ok<PagedResult<PartnerCallResponse>>, NotFound, ValidationProblem>> ListCalls(
        Guid id, [AsParameters] PageQuery query, HttpContext http, PartnershipsDbContext db, CancellationToken cancellationToken)
    {
        if (query.Validate(SortableCallFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (await OwnPartnerAsync(db, id, http.Staff(), cancellationToken) is not { } partner)
        {
            return TypedResults.NotFound();
        }

        var calls = db.PartnerCalls.AsNoTracking().Where(c => c.PartnerId == partner.Id);
        var total = await calls.CountAsync(cancellationToken);
        var ordered = query.Descending ? calls.OrderByDescending(c => c.At).ThenByDescending(c => c.Id) : calls.OrderBy(c => c.At).ThenBy(c => c.Id);
        var page = await ordered.Skip(query.Skip).Take(query.Size)
            .Select(c => new PartnerCallResponse(c.CredentialId, c.Method, c.Path, c.Status, c.At)).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<PartnerCallResponse>(page, query.PageNumber, query.Size, total));
    }

    /// <summary>
    /// Issues a credential (an OAuth2 client) with the given scopes and expiry. The answer carries the client secret,
    /// shown this once: only its hash is kept. A partner may hold several live credentials, to rotate without downtime.
    /// The scopes must be shared by an agreement of the partner in force today; others are refused with a field error.
    /// </summary>
    public static async Task<Results<Created<CreatedCredentialResponse>, NotFound, ValidationProblem>> CreateCredential(
        Guid id, CreateCredentialRequest request, HttpContext http, PartnershipsDbContext db, IOpenIddictApplicationManager applications, PartnerScopeCap scopeCap,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (await OwnPartnerAsync(db, id, staff, cancellationToken) is not { } partner)
        {
            return TypedResults.NotFound();
        }

        var cap = await scopeCap.CurrentAsync(db, partner.Id, cancellationToken);
        if (request.Scopes!.Where(scope => !cap.Contains(scope)).Distinct(StringComparer.Ordinal).ToList() is { Count: > 0 } uncovered)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["scopes"] = [$"No agreement of the partner in force today shares {string.Join(", ", uncovered)}; activate an agreement that does first."],
            });
        }

        var now = time.GetUtcNow();
        var clientId = $"pnc_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";
        var secret = $"pns_{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = $"{partner.Name}: {request.Label}",
        };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials]);
        descriptor.Permissions.UnionWith(request.Scopes!.Select(scope => Permissions.Prefixes.Scope + scope));
        // Saved first, with the secret hashed by OpenIddict: a client left without its credential row is refused tokens.
        await applications.CreateAsync(descriptor, cancellationToken);

        var credential = PartnerCredential.Issue(partner.Id, clientId, request.Label!.Trim(), request.Scopes!, request.ExpiresAt!.Value, staff.Login, now);
        db.Add(credential);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/partners/{id}/credentials/{credential.Id}",
            new CreatedCredentialResponse(credential.Id, clientId, secret, credential.Label, credential.Scopes, credential.ExpiresAt));
    }

    /// <summary>The partner's credentials, newest first, live, expired and revoked, with their last use; never their secrets.</summary>
    public static async Task<Results<Ok<List<CredentialResponse>>, NotFound>> ListCredentials(
        Guid id, HttpContext http, PartnershipsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await OwnPartnerAsync(db, id, http.Staff(), cancellationToken) is not { } partner)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        var credentials = await db.Set<PartnerCredential>().AsNoTracking().Where(c => c.PartnerId == partner.Id)
            .OrderByDescending(c => c.CreatedAt).ToListAsync(cancellationToken);
        return TypedResults.Ok(credentials.Select(c => CredentialResponse.From(c, now)).ToList());
    }

    /// <summary>
    /// Revokes a credential: no new token for it, and its tokens already issued are refused from the next call on.
    /// Publishes <c>PartnerCredentialRevoked</c>. Revoking a revoked credential answers it unchanged.
    /// </summary>
    public static async Task<Results<Ok<CredentialResponse>, NotFound>> RevokeCredential(
        Guid id, Guid credentialId, HttpContext http, PartnershipsDbContext db, IOpenIddictApplicationManager applications, IOpenIddictTokenManager tokens, TimeProvider time, CancellationToken cancellationToken)
    {
        var staff = http.Staff();
        if (await OwnPartnerAsync(db, id, staff, cancellationToken) is not { } partner)
        {
            return TypedResults.NotFound();
        }

        var credential = await db.Set<PartnerCredential>().FirstOrDefaultAsync(c => c.Id == credentialId && c.PartnerId == partner.Id, cancellationToken);
        if (credential is null)
        {
            return TypedResults.NotFound();
        }

        var now = time.GetUtcNow();
        if (credential.Revoke(staff.Login, now))
        {
            db.AddIntegrationEvent(new PartnerCredentialRevoked(Guid.CreateVersion7(now), now, partner.Id, staff.AssociationId, credential.Id, credential.ClientId));
            await db.SaveChangesAsync(cancellationToken);
        }

        // After the row: from here every check of a token or of the credential refuses it, even if this step fails.
        if (await applications.FindByClientIdAsync(credential.ClientId, cancellationToken) is { } application
            && await applications.GetIdAsync(application, cancellationToken) is { } applicationId)
        {
            await tokens.RevokeByApplicationIdAsync(applicationId, cancellationToken);
        }

        return TypedResults.Ok(CredentialResponse.From(credential, now));
    }

    private static async Task<Partner?> OwnPartnerAsync(PartnershipsDbContext db, Guid id, StaffMember staff, CancellationToken cancellationToken)
    {
        var partnerId = id.ToString("D");
        return await db.Partners.AsNoTracking().FirstOrDefaultAsync(p => p.Id == partnerId && p.AssociationId == staff.AssociationId, cancellationToken);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
