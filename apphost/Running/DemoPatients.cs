using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PatientNetwork.AppHost.Model;

namespace PatientNetwork.AppHost.Running;

/// <summary>
/// Fictional patients for a local run (every family name starts with "Demo"), imported through the
/// gateway with the Registry's CSV import, as an association's admin would: so they are encrypted,
/// indexed, audited and announced to Funding and Partnerships like any registration. The import
/// recognises a file it has seen, so a second run adds nothing.
/// </summary>
internal static class DemoPatients
{
    private static readonly (string File, string Login)[] Imports =
    [
        ("hajar-patients.csv", "hajar.admin"),
        ("amal-patients.csv", "amal.admin"),
    ];

    public static async Task ImportAsync(Uri gateway, LocalSecrets secrets, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(1) };
        var folder = Path.Combine(Repository.FindRoot(), "apphost", "DemoData");
        foreach (var (file, login) in Imports)
        {
            var csv = await File.ReadAllTextAsync(Path.Combine(folder, file), cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/patients/imports")
            {
                Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(http, login, secrets, cancellationToken));
            using var response = await http.SendAsync(request, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"Importing the demo patients of {file} as {login} failed: {(int)response.StatusCode} {body}");
            }

            var rows = JsonDocument.Parse(body).RootElement.GetProperty("rows").GetInt32();
            Console.WriteLine(response.StatusCode == HttpStatusCode.Created
                ? $"  {rows} demo patients imported from {file} (as {login})"
                : $"  {rows} demo patients of {file} already there");
        }
    }

    private static async Task<string> SignInAsync(HttpClient http, string login, LocalSecrets secrets, CancellationToken cancellationToken)
    {
        // The previous step's code (still accepted): a person who signs in with the current code right after is not refused as a replay.
        var code = secrets.DemoTwoFactorCode(DateTimeOffset.UtcNow.AddSeconds(-LocalSecrets.TwoFactorStepSeconds));
        using var response = await http.PostAsJsonAsync("/auth/token", new { login, password = secrets.DemoStaffPassword, code }, cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return token.GetProperty("accessToken").GetString()!;
    }
}
