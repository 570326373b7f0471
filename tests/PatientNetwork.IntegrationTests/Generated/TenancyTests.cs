using System.Net;
using System.Net.Http.Json;
using System.Text;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Generated;

/// <summary>
/// Every operation of every service's OpenAPI document that takes an id (in its path, or a
/// <c>…Id</c> query filter), called through the gateway with another association's and another
/// branch's token, must not return that record nor change it. The operations come from the
/// documents, so a new operation on patients, coverage accounts or events is covered unwritten; an
/// id-taking operation on a collection with no record to aim at fails the test until one is added.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class TenancyTests(PatientNetworkFixture system)
{
    /// <summary>
    /// Break-glass is how staff of another branch of the same association reach a record in an
    /// emergency, with a reason, audited at every read (docs/registry.md). It is tried last, since the
    /// grant it opens is meant to work; another association is refused it like everything else.
    /// </summary>
    private const string BreakGlass = "/api/registry/patients/{id}/break-glass";

    [Fact]
    public async Task No_operation_with_an_id_returns_or_changes_another_association_s_or_branch_s_record()
    {
        var records = await SeedAsync();
        var operations = (await OpenApiDocument.AllOperationsAsync(system))
            .Where(o => o.PathParameters.Any() || IdFilters(o).Any())
            .OrderBy(o => o.GatewayPrefix + o.PathTemplate == BreakGlass)
            .ToList();
        var failures = new List<string>();
        var calls = 0;

        foreach (var operation in operations)
        {
            var aimed = operation.PathParameters.Any()
                ? records.Where(r => r.Collections.Any(c => $"{operation.GatewayPrefix}{operation.PathTemplate}".StartsWith(c + "/{", StringComparison.Ordinal))).ToList()
                : records;
            if (aimed.Count == 0)
            {
                failures.Add($"{operation}: no seeded record lives under this path; add one to {nameof(SeedAsync)}");
                continue;
            }

            foreach (var record in aimed)
            {
                using var intruder = await system.SignInAsync(record.Intruder);
                using var request = RequestFor(operation, record);
                using var response = await intruder.SendAsync(request);
                calls++;
                var body = await response.Content.ReadAsStringAsync();
                var leak = operation.GatewayPrefix + operation.PathTemplate == BreakGlass && record.IntruderInSameAssociation
                    ? (body.Contains(record.Marker, StringComparison.Ordinal) ? "the grant answered with the record's content" : null)
                    : Leak(operation, response.StatusCode, body, record);
                if (leak is not null)
                {
                    failures.Add($"{operation} on {record}: {(int)response.StatusCode} {leak}");
                }
            }
        }

        foreach (var record in records)
        {
            using var owner = await system.SignInAsync(record.Owner);
            using var readBack = await owner.GetAsync(record.ReadBackPath);
            if (readBack.StatusCode != HttpStatusCode.OK || !(await readBack.Content.ReadAsStringAsync()).Contains(record.Marker, StringComparison.Ordinal))
            {
                failures.Add($"{record}: its owner no longer reads it as it was ({(int)readBack.StatusCode})");
            }
        }

        Console.WriteLine($"Tenancy: {calls} calls over {operations.Count} operations with an id, {records.Count} records");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>A read must be refused outright; a change may also fail validation first, but never succeed or echo the record.</summary>
    private static string? Leak(ApiOperation operation, HttpStatusCode status, string body, TenantRecord record)
    {
        if (body.Contains(record.Marker, StringComparison.Ordinal))
        {
            return "answered with the record's content";
        }

        if (operation.PathParameters.Any())
        {
            // 401: a staff token on a partner route (/public/v1/referrals/{id}) is no token there at all.
            var refused = status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized
                || (operation.Method != HttpMethod.Get && status == HttpStatusCode.BadRequest);
            return refused ? null : "was not refused";
        }

        // A filter by another tenant's id: refused, or an answer that names nothing of it.
        return (int)status is >= 200 and < 300 && body.Contains(record.Id.ToString(), StringComparison.OrdinalIgnoreCase)
            ? "listed entries about the record"
            : null;
    }

    private static HttpRequestMessage RequestFor(ApiOperation operation, TenantRecord record)
    {
        var path = operation.GatewayPath(operation.PathParameters.ToDictionary(p => p.Name, _ => record.Id.ToString()));
        var query = string.Join("&", IdFilters(operation).Select(p => $"{p.Name}={record.Id}"));
        var request = new HttpRequestMessage(operation.Method, query.Length == 0 ? path : $"{path}?{query}");
        if (operation.BodyMediaType == "application/json" && operation.BodySchema is { } schema)
        {
            request.Content = new StringContent(JsonSchemaSample.For(operation.Document, schema)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static IEnumerable<ApiParameter> IdFilters(ApiOperation operation) =>
        operation.QueryParameters.Where(p => p.Name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) && p.IsUuid);

    /// <summary>A Hajar patient (and so its coverage account), an AMAL patient of the Casablanca-Settat branch, and a Hajar event.</summary>
    private async Task<IReadOnlyList<TenantRecord>> SeedAsync()
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        using var casablanca = await system.SignInAsync("amal.casablanca");
        using var hajarAdmin = await system.SignInAsync("hajar.admin");

        var hajarPatient = Api.NewPatient();
        var hajarPatientId = await hajar.RegisterPatientAsync(hajarPatient);
        var branchPatient = Api.NewPatient(group: "leukemia");
        var branchPatientId = await casablanca.RegisterPatientAsync(branchPatient);

        var title = $"Tenancy {Api.RandomName()}";
        using var scheduled = await hajarAdmin.PostAsJsonAsync("/api/events/events", new
        {
            title,
            kind = "awareness",
            city = "Casablanca",
            startsAt = DateTimeOffset.UtcNow.AddDays(40),
            endsAt = DateTimeOffset.UtcNow.AddDays(40).AddHours(3),
        });
        Assert.Equal(HttpStatusCode.Created, scheduled.StatusCode);
        var eventId = (await scheduled.JsonAsync()).GetProperty("id").GetGuid();

        await Eventually.Until(
            () => hajar.GetAsync($"/api/funding/coverage-accounts/{hajarPatientId}"),
            response => response.StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the Hajar patient's coverage account");

        string[] patientCollections = ["/api/registry/patients", "/api/funding/coverage-accounts"];
        var hajarLastName = (string)hajarPatient["lastName"]!;
        var branchLastName = (string)branchPatient["lastName"]!;
        return
        [
            new(hajarPatientId, hajarLastName, patientCollections, "hajar.coordinator", "amal.admin", $"/api/registry/patients/{hajarPatientId}"),
            new(branchPatientId, branchLastName, patientCollections, "amal.casablanca", "amal.marrakech", $"/api/registry/patients/{branchPatientId}"),
            new(branchPatientId, branchLastName, patientCollections, "amal.casablanca", "hajar.admin", $"/api/registry/patients/{branchPatientId}"),
            new(eventId, title, ["/api/events/events"], "hajar.admin", "amal.admin", $"/api/events/events/{eventId}"),
            .. await Funding.FundingTenantRecords.SeedAsync(system),
            .. await Donations.DonationTenantRecords.SeedAsync(system),
            .. await Equipment.EquipmentTenancyRecords.SeedAsync(system),
            .. await Events.EventsTenancyRecords.SeedAsync(system),
            .. await BloodDrives.BloodDriveTenancyRecords.SeedAsync(system),
            .. await Accounts.StaffTenancyRecords.SeedAsync(system),
            .. await Partnerships.PartnershipsTenancyRecords.SeedAsync(system),
            .. await Webhooks.WebhookTenancyRecords.SeedAsync(system),
            .. await Referrals.ReferralIntakeTenancyRecords.SeedAsync(system),
        ];
    }
}
