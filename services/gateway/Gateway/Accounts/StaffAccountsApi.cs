using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using PatientNetwork.Gateway.Audit;
using PatientNetwork.Gateway.Auth;
using PatientNetwork.Gateway.Codes;
using PatientNetwork.Gateway.Infrastructure;
using PatientNetwork.Gateway.Sessions;
using PatientNetwork.Gateway.Staff;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.Gateway.Accounts;

/// <summary>An association's admins run its staff accounts: invite, change, disable, reset. Another association's accounts do not exist for them (404).</summary>
public static class StaffAccountsApi
{
    public const string AdminPolicy = "staff.admin";

    public static RouteGroupBuilder MapStaffAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/staff/accounts").WithTags("Staff accounts").RequireAuthorization(AdminPolicy);
        group.MapGet("/", ListAccounts);
        group.MapGet("/{id:guid}", GetAccount);
        group.MapPost("/", InviteAccount).Validate<InviteStaffRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}", ChangeAccount).Validate<ChangeStaffRequest>().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/disable", DisableAccount).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/enable", EnableAccount).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/password-reset", ResetPassword);
        group.MapPost("/{id:guid}/two-factor-reset", ResetTwoFactor);
        group.MapPost("/{id:guid}/sign-out-everywhere", SignOutEverywhere);
        return group;
    }

    /// <summary>The association's accounts, by login unless sorted otherwise; <c>search</c> looks in logins and names.</summary>
    public static async Task<Results<Ok<PagedResult<StaffAccountResponse>>, ValidationProblem>> ListAccounts(
        int? page, int? pageSize, string? search, string? role, bool? disabled, string? sort, HttpContext http, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageQuery(page, pageSize, sort);
        if (paging.Validate(StaffAccountQuery.SortableFields) is { } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var accounts = StaffAccountQuery.Filter(db.StaffAccounts.AsNoTracking(), http.Staff().AssociationId, search, role, disabled);
        var total = await accounts.CountAsync(cancellationToken);
        var items = await StaffAccountQuery.Sort(accounts, paging).Skip(paging.Skip).Take(paging.Size).ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<StaffAccountResponse>(items.Select(StaffAccountResponse.From).ToList(), paging.PageNumber, paging.Size, total));
    }

    /// <summary>One account of the association.</summary>
    public static async Task<Results<Ok<StaffAccountResponse>, NotFound>> GetAccount(Guid id, HttpContext http, GatewayDbContext db, CancellationToken cancellationToken)
    {
        var account = await FindAsync(db, http, id, cancellationToken);
        return account is null ? TypedResults.NotFound() : TypedResults.Ok(StaffAccountResponse.From(account));
    }

    /// <summary>
    /// Invites a staff member to the admin's association: the account is created without a password, and the
    /// answer carries a one-time invitation code (shown once, stored as a hash) that the admin hands over. 409 when the login exists.
    /// </summary>
    public static async Task<Results<Created<InvitedAccountResponse>, ProblemHttpResult>> InviteAccount(
        InviteStaffRequest request, HttpContext http, GatewayDbContext db, OneTimeCodes codes, StaffAuditTrail audit, TimeProvider time,
        IOptions<AccountOptions> options, CancellationToken cancellationToken)
    {
        var admin = http.Staff();
        var account = StaffAccount.Create(request.Login!, request.DisplayName!, admin.AssociationId, request.BranchId, request.Roles!, time.GetUtcNow(), request.Language);
        db.StaffAccounts.Add(account);
        var (code, expiresAt) = await codes.IssueAsync(account.Id, OneTimeCodePurpose.Invitation, options.Value.InvitationLifetime, cancellationToken);
        audit.ByAdmin(admin, account, StaffAuditActions.Invited, string.Join(",", account.Roles));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "An account with this login exists; choose another login.");
        }

        return TypedResults.Created($"/api/staff/accounts/{account.Id}", InvitedAccountResponse.From(account, new OneTimeCodeResponse(code, expiresAt)));
    }

    /// <summary>
    /// Changes the name, roles and branch. The account's sessions are signed out when its roles or branch change,
    /// since their tokens carry the old ones. 409 when it would leave the association without an enabled admin.
    /// </summary>
    public static async Task<Results<Ok<StaffAccountResponse>, NotFound>> ChangeAccount(
        Guid id, ChangeStaffRequest request, HttpContext http, GatewayDbContext db, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var roles = request.Roles!.Distinct(StringComparer.Ordinal).ToList();
        var branch = string.IsNullOrWhiteSpace(request.BranchId) ? null : request.BranchId;
        var accessChanged = !roles.Order(StringComparer.Ordinal).SequenceEqual(account.Roles.Order(StringComparer.Ordinal)) || branch != account.BranchId;
        if (account.IsAdmin && !account.Disabled && !roles.Contains(StaffRoles.Admin))
        {
            await LastAdminGuard.LockAsync(db, account.AssociationId, cancellationToken);
            await LastAdminGuard.EnsureAnotherAdminAsync(db, account, cancellationToken);
        }

        account.Change(request.DisplayName!, roles, branch);
        audit.ByAdmin(http.Staff(), account, StaffAuditActions.Changed, $"roles={string.Join(",", account.Roles)}; branch={account.BranchId ?? "-"}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (accessChanged)
        {
            await sessions.EndAllAsync(account.Id, SessionEndReason.AccessChanged, cancellationToken);
        }

        return TypedResults.Ok(StaffAccountResponse.From(account));
    }

    /// <summary>Disables the account: it cannot sign in, and every session of it is signed out at once. 409 for the association's last enabled admin.</summary>
    public static async Task<Results<Ok<StaffAccountResponse>, NotFound>> DisableAccount(
        Guid id, HttpContext http, GatewayDbContext db, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        if (account.IsAdmin && !account.Disabled)
        {
            await LastAdminGuard.LockAsync(db, account.AssociationId, cancellationToken);
            await LastAdminGuard.EnsureAnotherAdminAsync(db, account, cancellationToken);
        }

        account.Disable();
        audit.ByAdmin(http.Staff(), account, StaffAuditActions.Disabled);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await sessions.EndAllAsync(account.Id, SessionEndReason.AccountDisabled, cancellationToken);
        return TypedResults.Ok(StaffAccountResponse.From(account));
    }

    /// <summary>Enables a disabled account again; it signs in as before.</summary>
    public static async Task<Results<Ok<StaffAccountResponse>, NotFound>> EnableAccount(
        Guid id, HttpContext http, GatewayDbContext db, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        account.Enable();
        audit.ByAdmin(http.Staff(), account, StaffAuditActions.Enabled);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(StaffAccountResponse.From(account));
    }

    /// <summary>
    /// A one-time code with which the person sets a new password at <c>POST /auth/password-reset</c> (no password is
    /// ever sent); earlier reset codes stop working. The current password keeps working until the reset is done.
    /// </summary>
    public static async Task<Results<Ok<OneTimeCodeResponse>, NotFound>> ResetPassword(
        Guid id, HttpContext http, GatewayDbContext db, OneTimeCodes codes, StaffAuditTrail audit, IOptions<AccountOptions> options, CancellationToken cancellationToken)
    {
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        var (code, expiresAt) = await codes.IssueAsync(account.Id, OneTimeCodePurpose.PasswordReset, options.Value.PasswordResetLifetime, cancellationToken);
        audit.ByAdmin(http.Staff(), account, StaffAuditActions.PasswordResetIssued);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new OneTimeCodeResponse(code, expiresAt));
    }

    /// <summary>Removes the account's second factor (a lost phone): its sessions are signed out, and the next sign-in enrols a new one.</summary>
    public static async Task<Results<NoContent, NotFound>> ResetTwoFactor(
        Guid id, HttpContext http, GatewayDbContext db, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        account.ResetTwoFactor();
        audit.ByAdmin(http.Staff(), account, StaffAuditActions.TwoFactorReset);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(account.Id, SessionEndReason.SignedOutByAdmin, cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Signs out every session of the account (a phone left somewhere).</summary>
    public static async Task<Results<NoContent, NotFound>> SignOutEverywhere(
        Guid id, HttpContext http, GatewayDbContext db, SessionStore sessions, StaffAuditTrail audit, CancellationToken cancellationToken)
    {
        var account = await FindAsync(db, http, id, cancellationToken);
        if (account is null)
        {
            return TypedResults.NotFound();
        }

        audit.ByAdmin(http.Staff(), account, StaffAuditActions.SignedOutEverywhere);
        await db.SaveChangesAsync(cancellationToken);
        await sessions.EndAllAsync(account.Id, SessionEndReason.SignedOutByAdmin, cancellationToken);
        return TypedResults.NoContent();
    }

    private static Task<StaffAccount?> FindAsync(GatewayDbContext db, HttpContext http, Guid id, CancellationToken cancellationToken)
    {
        var association = http.Staff().AssociationId;
        return db.StaffAccounts.FirstOrDefaultAsync(a => a.Id == id && a.AssociationId == association, cancellationToken);
    }
}
