namespace PatientNetwork.Gateway.Staff;

/// <summary>
/// A staff member or volunteer who signs in at the gateway. An invited account has no password until
/// its invitation is accepted; roles that see identifiers must also enrol a second factor (TOTP).
/// </summary>
public sealed class StaffAccount
{
    private StaffAccount()
    {
    }

    public Guid Id { get; private set; }

    public string Login { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public string AssociationId { get; private set; } = "";

    public string? BranchId { get; private set; }

    public List<string> Roles { get; private set; } = [];

    /// <summary>Empty until the invitation is accepted.</summary>
    public string PasswordHash { get; private set; } = "";

    public bool Disabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>"ar", "fr" or "en" (see <see cref="StaffLanguages"/>).</summary>
    public string Language { get; private set; } = StaffLanguages.Default;

    /// <summary>The TOTP secret, encrypted (see TotpSecretProtector); null when not enrolled.</summary>
    public string? TwoFactorSecret { get; private set; }

    /// <summary>A secret shown during enrolment, encrypted, until its first code confirms it.</summary>
    public string? PendingTwoFactorSecret { get; private set; }

    /// <summary>The last TOTP time step accepted: a code of that step or an earlier one is a replay.</summary>
    public long? LastTwoFactorStep { get; private set; }

    public DateTimeOffset? LastSignInAt { get; private set; }

    public DateTimeOffset? PasswordChangedAt { get; private set; }

    public bool HasPassword => PasswordHash.Length > 0;

    public bool TwoFactorEnabled => TwoFactorSecret is not null;

    /// <summary>Anyone who sees identifiers (admin, coordinator, doctor) signs in with a second factor.</summary>
    public bool RequiresTwoFactor => StaffRoleRules.RequireTwoFactor(Roles);

    public bool IsAdmin => Roles.Contains(ServiceDefaults.StaffRoles.Admin);

    public static StaffAccount Create(string login, string displayName, string associationId, string? branchId, IEnumerable<string> roles, DateTimeOffset now, string? language = null) => new()
    {
        Id = Guid.CreateVersion7(now),
        Login = NormalizeLogin(login),
        DisplayName = displayName.Trim(),
        AssociationId = associationId,
        BranchId = string.IsNullOrWhiteSpace(branchId) ? null : branchId,
        Roles = roles.Distinct(StringComparer.Ordinal).ToList(),
        CreatedAt = now,
        Language = language ?? StaffLanguages.Default,
    };

    public void SetPasswordHash(string hash, DateTimeOffset now)
    {
        PasswordHash = hash;
        PasswordChangedAt = now;
    }

    public void Change(string displayName, IEnumerable<string> roles, string? branchId)
    {
        DisplayName = displayName.Trim();
        Roles = roles.Distinct(StringComparer.Ordinal).ToList();
        BranchId = string.IsNullOrWhiteSpace(branchId) ? null : branchId;
    }

    public void Disable()
    {
        if (Disabled)
        {
            throw new StaffAccountRuleException("The account is already disabled.");
        }

        Disabled = true;
    }

    public void Enable()
    {
        if (!Disabled)
        {
            throw new StaffAccountRuleException("The account is not disabled.");
        }

        Disabled = false;
    }

    public void ChooseLanguage(string language) => Language = language;

    public void BeginTwoFactorEnrollment(string protectedSecret) => PendingTwoFactorSecret = protectedSecret;

    /// <summary>The pending secret becomes the account's, with the step of the code that confirmed it already used.</summary>
    public void CompleteTwoFactorEnrollment(long confirmedStep)
    {
        if (PendingTwoFactorSecret is null)
        {
            throw new StaffAccountRuleException("No two-factor enrolment was started for this account.");
        }

        TwoFactorSecret = PendingTwoFactorSecret;
        PendingTwoFactorSecret = null;
        LastTwoFactorStep = confirmedStep;
    }

    /// <summary>Enrolled directly (demo accounts, whose secret the app host prints).</summary>
    public void EnrollTwoFactor(string protectedSecret)
    {
        TwoFactorSecret = protectedSecret;
        PendingTwoFactorSecret = null;
        LastTwoFactorStep = null;
    }

    /// <summary>The next sign-in asks for a new enrolment (a lost phone).</summary>
    public void ResetTwoFactor()
    {
        TwoFactorSecret = null;
        PendingTwoFactorSecret = null;
        LastTwoFactorStep = null;
    }

    public void SignedIn(DateTimeOffset now) => LastSignInAt = now;

    public static string NormalizeLogin(string login) => login.Trim().ToLowerInvariant();
}
