using System.Net.Http.Json;
using System.Text.Json;

namespace PatientNetwork.IntegrationTests.Infrastructure;

/// <summary>Request bodies and reads shared by the tests, written as a client of the public API would.</summary>
public static class Api
{
    private static readonly string[] FirstNames = ["Yasmine", "Adam", "Salma", "Youssef", "Imane", "Anas", "Khadija", "Hamza", "Aya", "Omar"];

    /// <summary>A registration with a random name and birth date, so tests never trip duplicate detection by accident.</summary>
    public static Dictionary<string, object?> NewPatient(
        string region = "casablanca-settat",
        string group = "primary-immunodeficiency",
        bool consents = true,
        string? branch = null) => new()
    {
        ["firstName"] = FirstNames[Random.Shared.Next(FirstNames.Length)],
        ["lastName"] = RandomName(),
        ["dateOfBirth"] = new DateOnly(2006, 1, 1).AddDays(Random.Shared.Next(0, 6500)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["sex"] = "female",
        ["diagnosisGroup"] = group,
        ["regionCode"] = region,
        ["branchId"] = branch,
        ["consents"] = consents ? new[] { new { purpose = "statistics", evidence = "signed registration form" } } : Array.Empty<object>(),
    };

    public static string RandomName() =>
        string.Concat(Enumerable.Range(0, 9).Select(i => (char)((i == 0 ? 'A' : 'a') + Random.Shared.Next(26))));

    public static async Task<Guid> RegisterPatientAsync(this HttpClient staff, object patient)
    {
        using var response = await staff.PostAsJsonAsync("/api/registry/patients", patient);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The public statistics cell of one diagnosis group in one region, or null when nobody is counted there.</summary>
    public static async Task<JsonElement?> StatisticsCellAsync(this HttpClient client, string group, string region)
    {
        var statistics = await client.GetFromJsonAsync<JsonElement>("/public/v1/statistics");
        foreach (var cell in statistics.GetProperty("cells").EnumerateArray())
        {
            if (cell.GetProperty("diagnosisGroup").GetString() == group && cell.GetProperty("regionCode").GetString() == region)
            {
                return cell;
            }
        }

        return null;
    }

    /// <summary>The signed-in staff member's association's patients counted in one cell, live and unsuppressed (0 when none).</summary>
    public static async Task<int> CountedAsync(this HttpClient staff, string group, string region)
    {
        var counts = await staff.GetFromJsonAsync<JsonElement>("/api/partnerships/statistics/counts");
        return counts.EnumerateArray()
            .Where(c => c.GetProperty("diagnosisGroup").GetString() == group && c.GetProperty("regionCode").GetString() == region)
            .Select(c => c.GetProperty("patients").GetInt32())
            .SingleOrDefault();
    }

    public static int? CountOf(JsonElement? cell) =>
        cell is { } c && c.GetProperty("patients").ValueKind == JsonValueKind.Number ? c.GetProperty("patients").GetInt32() : null;
}
