using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

internal static class Banner
{
    public const string GatewayMarker = "PatientNetwork is running. Gateway: ";
    public const string DashboardMarker = "  dashboard        ";
    public const string LastLine = "Stop: Ctrl+C";

    private static readonly string[] DemoLogins = ["hajar.admin", "hajar.coordinator", "hajar.volunteer", "hajar.doctor", "amal.admin", "amal.casablanca", "amal.marrakech"];

    public static void Print(string gateway, string? dashboard, DistributedApplicationModel model, AppHostSettings settings, LocalSecrets secrets, FirstAdminInvitations? firstAdmins = null)
    {
        gateway = gateway.TrimEnd('/');
        Console.WriteLine();
        Console.WriteLine($"{GatewayMarker}{gateway}");
        Console.WriteLine($"  staff web app    {gateway}/  (Arabic, French, English; sign in with a demo login below)");
        if (dashboard is not null)
        {
            Console.WriteLine($"{DashboardMarker}{dashboard}  (resources, traces, metrics, structured logs)");
        }

        var exampleLogin = settings.DemoData ? "hajar.admin" : "admin@hajar";
        Console.WriteLine($"  sign in          POST {gateway}/auth/token  {{\"login\":\"{exampleLogin}\",\"password\":\"…\",\"code\":\"123456\"}}  (code: the authenticator app's, see below)");
        Console.WriteLine($"  staff API        {gateway}/api/registry/patients, /api/funding/coverage-accounts, /api/events/events, /api/partnerships/partners");
        Console.WriteLine($"  public API       {gateway}/public/v1/statistics, {gateway}/public/v1/events");
        foreach (var project in PatientNetworkModel.ServiceNames.Select(name => PatientNetworkModel.Service(model, name)))
        {
            Console.WriteLine($"  {project.Name,-16} {project.GetEndpoint("http").Url}  (OpenAPI: /openapi/v1.json, reference: /scalar)");
        }

        if (settings.DemoData)
        {
            Console.WriteLine();
            Console.WriteLine($"Demo logins (local only), password for each: {secrets.DemoStaffPassword}");
            Console.WriteLine($"  {string.Join(", ", DemoLogins)}");
            Console.WriteLine($"Two-factor secret of every demo login except hajar.volunteer (TOTP, base32): {secrets.DemoTwoFactorSecret}");
            Console.WriteLine("  add it to an authenticator app, or compute the current code with:");
            Console.WriteLine($"  {CodeCommand(secrets.DemoTwoFactorSecret!)}");
        }
        else if (firstAdmins is { Pending.Count: > 0 })
        {
            Console.WriteLine();
            Console.WriteLine("First admins (shown this once): accept the invitation, then sign in and enrol an authenticator app.");
            foreach (var (_, login, _, code) in firstAdmins.Pending)
            {
                Console.WriteLine($"  {login,-14} invitation code {code}");
            }

            Console.WriteLine($"  POST {gateway}/auth/invitations/accept  {{\"login\":\"admin@hajar\",\"code\":\"…\",\"newPassword\":\"at least 12 characters\"}}");
            Console.WriteLine("  docs/staff-accounts.md says how to invite the rest of the staff.");
        }

        Console.WriteLine();
        Console.WriteLine($"Data: {settings.DataDirectory}    {LastLine}");
    }

    /// <summary>A Python 3 one-liner (Debian 12 has it) printing the current RFC 6238 code of a base32 secret.</summary>
    public static string CodeCommand(string base32Secret) =>
        "python3 -c 'import base64,hmac,struct,time;k=base64.b32decode(\"" + base32Secret + "\"+\"=\"*(-len(\"" + base32Secret + "\")%8));" +
        "h=hmac.digest(k,struct.pack(\">Q\",int(time.time())//30),\"sha1\");o=h[-1]&15;" +
        "print(\"%06d\"%((struct.unpack(\">I\",h[o:o+4])[0]&0x7fffffff)%1000000))'";
}
