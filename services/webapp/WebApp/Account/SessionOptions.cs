namespace PatientNetwork.WebApp.Account;

/// <summary>How long a signed-in staff member may stay idle before the app signs them out (the gateway has its own checks).</summary>
public sealed class SessionOptions
{
    public const string Section = "Session";

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
