using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

internal static class Banner
{
    public const string GatewayMarker = "PatientNetwork is running. Gateway: ";
    public const string DashboardMarker = "  dashboard        ";
    public const string LastLine = "Stop: Ctrl+C";

    private static readonly string[] DemoLogins = ["hajar.admin", "hajar.coordinator", "hajar.volunteer", "hajar.doctor", "amal.admin", "amal.casablanca", "amal.marrakech"];

    public static void Print(string gateway, string? dashboard, DistributedApplicationModel model, AppHostSettings settings, LocalSecrets secrets)
    {
        gateway = gateway.TrimEnd('/');
        Console.WriteLine();
        Console.WriteLine($"{GatewayMarker}{gateway}");
        Console.WriteLine($"  staff web app    {gateway}/  (Arabic, French, English; sign in with a demo login below)");
        if (dashboard is not null)
        {
            Console.WriteLine($"{DashboardMarker}{dashboard}  (resources, traces, metrics, structured logs)");
        }

        Console.WriteLine($"  sign in          POST {gateway}/auth/token  {{\"login\":\"hajar.admin\",\"password\":\"…\"}}");
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
        }

        Console.WriteLine();
        Console.WriteLine($"Data: {settings.DataDirectory}    {LastLine}");
    }
}
