namespace PatientNetwork.Gateway.Staff;

/// <summary>A staff member or volunteer who signs in at the gateway.</summary>
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

    public string PasswordHash { get; private set; } = "";

    public bool Disabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static StaffAccount Create(string login, string displayName, string associationId, string? branchId, IEnumerable<string> roles, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Login = NormalizeLogin(login),
        DisplayName = displayName,
        AssociationId = associationId,
        BranchId = branchId,
        Roles = roles.ToList(),
        CreatedAt = now,
    };

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public static string NormalizeLogin(string login) => login.Trim().ToLowerInvariant();
}
