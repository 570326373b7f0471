namespace PatientNetwork.Gateway.Sessions;

public sealed class StaffSessionOptions
{
    public const string Section = "Sessions";

    /// <summary>How long a sign-in lasts at most, used or not; also the token's lifetime.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How long a session may go without a request before it ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// A shorter (or longer) idle timeout for named logins, such as a check-in tablet's shared account that
    /// must time out sooner than a desk. Keys are logins (<c>Sessions:IdleTimeoutOverrides:hajar.door</c>).
    /// </summary>
    public Dictionary<string, TimeSpan> IdleTimeoutOverrides { get; set; } = new(StringComparer.Ordinal);

    public TimeSpan IdleTimeoutFor(string login) => IdleTimeoutOverrides.TryGetValue(login, out var idle) ? idle : IdleTimeout;
}
