using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

internal static class Banner
{
    private static readonly string[] DemoLogins = ["hajar.admin", "hajar.coordinator", "hajar.volunteer", "hajar.doctor", "amal.admin", "amal.casablanca", "amal.marrakech"];

    public static void Print(DistributedApplication app, AppHostSettings settings, LocalSecrets secrets, string logs)
    {
        var gateway = app.Project("gateway").Url.ToString().TrimEnd('/');
        Console.WriteLine();
        Console.WriteLine($"PatientNetwork is running. Gateway: {gateway}");
        Console.WriteLine($"  sign in          POST {gateway}/auth/token  {{\"login\":\"hajar.admin\",\"password\":\"…\"}}");
        Console.WriteLine($"  staff API        {gateway}/api/registry/patients, /api/funding/coverage-accounts, /api/events/events, /api/partnerships/partners");
        Console.WriteLine($"  public API       {gateway}/public/v1/statistics, {gateway}/public/v1/events");
        foreach (var project in app.Projects)
        {
            Console.WriteLine($"  {project.Name,-16} {project.Url.ToString().TrimEnd('/')}  (OpenAPI: /openapi/v1.json, reference: /scalar)");
        }

        if (settings.DemoData)
        {
            Console.WriteLine();
            Console.WriteLine($"Demo logins (local only), password for each: {secrets.DemoStaffPassword}");
            Console.WriteLine($"  {string.Join(", ", DemoLogins)}");
        }

        Console.WriteLine();
        Console.WriteLine($"Logs: {logs}    Stop: Ctrl+C");
    }
}
