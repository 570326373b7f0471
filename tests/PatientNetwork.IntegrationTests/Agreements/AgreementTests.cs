using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>
/// A partner's agreements through the gateway: the steps they may take, their encrypted contacts and who sees them,
/// the signed PDF, the events they publish, and another association finding none of it.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class AgreementTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_agreement_goes_from_draft_to_active_to_terminated_publishing_each_change_and_refuses_other_steps_with_409()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        await using var changed = await EventProbe.ListenAsync(system, "PartnerAgreementChanged");
        var partner = await admin.CreatePartnerAsync();
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read", "calendar.read"], contacts: [Contact("Dr Salma Bennani")]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";

        using (var early = await admin.PostAsJsonAsync($"{path}/terminate", new { reason = "never signed" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
            Assert.Contains("draft", (await early.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var activated = await admin.PostAsync($"{path}/activate", null))
        {
            Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
            var body = await activated.JsonAsync();
            Assert.Equal("active", body.GetProperty("status").GetString());
            Assert.True(body.GetProperty("inForce").GetBoolean());
        }

        var activeEvent = await changed.WaitForAsync(agreement.ToString(), TimeSpan.FromSeconds(30));
        Assert.Contains("\"active\"", activeEvent, StringComparison.Ordinal);
        Assert.Contains("calendar.read", activeEvent, StringComparison.Ordinal);
        Assert.DoesNotContain("Bennani", activeEvent, StringComparison.Ordinal);

        using (var twice = await admin.PostAsync($"{path}/activate", null))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
            Assert.Contains("active", (await twice.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var noReason = await admin.PostAsJsonAsync($"{path}/terminate", new { reason = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
            Assert.True((await noReason.JsonAsync()).GetProperty("errors").TryGetProperty("reason", out _));
        }

        using (var terminated = await admin.PostAsJsonAsync($"{path}/terminate", new { reason = "The society merged into another" }))
        {
            Assert.Equal(HttpStatusCode.OK, terminated.StatusCode);
            var body = await terminated.JsonAsync();
            Assert.Equal("terminated", body.GetProperty("status").GetString());
            Assert.Equal("The society merged into another", body.GetProperty("terminationReason").GetString());
            Assert.False(body.GetProperty("inForce").GetBoolean());
        }

        var terminatedEvent = await changed.WaitForAsync("\"terminated\"", TimeSpan.FromSeconds(30));
        Assert.Contains(agreement.ToString(), terminatedEvent, StringComparison.Ordinal);

        using var reactivated = await admin.PostAsync($"{path}/activate", null);
        Assert.Equal(HttpStatusCode.Conflict, reactivated.StatusCode);
        Assert.Contains("terminated", (await reactivated.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_scopes_reversed_dates_and_contacts_without_a_way_to_reach_them_are_refused_with_field_errors()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();

        using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/agreements", new
        {
            kind = "medical-society", title = "ASID membership", startsOn = "2026-12-10", endsOn = "2026-12-01",
            dataShared = new[] { "statistics.read", "patients.read" },
            contacts = new[] { new { name = "Someone", role = "Secretary", email = (string?)null, phone = (string?)null } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("dataShared[1]", out _), errors.ToString());
        Assert.False(errors.TryGetProperty("dataShared[0]", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("endsOn", out _), errors.ToString());
        Assert.Contains(errors.EnumerateObject(), e => e.Name.StartsWith("contacts[0]", StringComparison.Ordinal));
        var listed = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/agreements");
        Assert.Equal(0, listed.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Contacts_are_encrypted_at_rest_shown_to_coordinators_with_each_read_audited_and_never_to_a_volunteer()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var partner = await admin.CreatePartnerAsync();
        var name = $"Dr {Api.RandomName()}";
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"], contacts: [Contact(name)]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";

        var seen = await coordinator.GetFromJsonAsync<JsonElement>(path);
        var contact = seen.GetProperty("contacts").EnumerateArray().Single();
        Assert.Equal(name, contact.GetProperty("name").GetString());
        Assert.Equal("+212 522 000 111", contact.GetProperty("phone").GetString());

        using var asVolunteer = await volunteer.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, asVolunteer.StatusCode);
        var volunteerBody = await asVolunteer.Content.ReadAsStringAsync();
        Assert.DoesNotContain(name, volunteerBody, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(volunteerBody).RootElement.GetProperty("contacts").ValueKind);
        Assert.DoesNotContain(name, await volunteer.GetStringAsync($"/api/partnerships/partners/{partner}/agreements"), StringComparison.Ordinal);

        var replaced = $"Dr {Api.RandomName()}";
        using (var changed = await admin.PutAsJsonAsync($"{path}/contacts", new { contacts = new[] { Contact(replaced) } }))
        {
            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        }

        using (var byCoordinator = await coordinator.PutAsJsonAsync($"{path}/contacts", new { contacts = Array.Empty<object>() }))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        }

        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using (var stored = new NpgsqlCommand("SELECT protected_contacts FROM partner_agreements WHERE id = @id", db))
        {
            stored.Parameters.AddWithValue("id", agreement);
            var ciphertext = (string)(await stored.ExecuteScalarAsync())!;
            Assert.DoesNotContain(replaced, ciphertext, StringComparison.Ordinal);
            Assert.DoesNotContain("522", ciphertext, StringComparison.Ordinal);
        }

        await using var audit = new NpgsqlCommand("SELECT staff_login, action FROM agreement_accesses WHERE agreement_id = @id ORDER BY id", db);
        audit.Parameters.AddWithValue("id", agreement);
        var rows = new List<(string, string)>();
        await using (var reader = await audit.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        Assert.Equal([("hajar.admin", "contacts-changed"), ("hajar.coordinator", "contacts-read"), ("hajar.admin", "contacts-changed")], rows);
    }

    [Fact]
    public async Task A_signed_pdf_is_uploaded_and_downloaded_with_the_download_audited_and_a_file_that_is_not_a_pdf_is_refused()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var partner = await admin.CreatePartnerAsync();
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}/document";
        var pdf = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF"u8.ToArray();

        using (var notPdf = await admin.PutAsJsonAsync(path, new { fileName = "signed.pdf", contentBase64 = Convert.ToBase64String("GIF89a fake signed agreement"u8.ToArray()) }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notPdf.StatusCode);
            Assert.True((await notPdf.JsonAsync()).GetProperty("errors").TryGetProperty("contentBase64", out _));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(path)).StatusCode);
        using (var uploaded = await admin.PutAsJsonAsync(path, new { fileName = "asid-2026.pdf", contentBase64 = Convert.ToBase64String(pdf) }))
        {
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
            Assert.Equal(pdf.Length, (await uploaded.JsonAsync()).GetProperty("size").GetInt32());
        }

        using var download = await coordinator.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync(path)).StatusCode);
        var described = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/agreements/{agreement}");
        Assert.Equal("asid-2026.pdf", described.GetProperty("document").GetProperty("fileName").GetString());

        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using var audit = new NpgsqlCommand("SELECT count(*) FROM agreement_accesses WHERE agreement_id = @id AND action = 'document-read' AND staff_login = 'hajar.coordinator'", db);
        audit.Parameters.AddWithValue("id", agreement);
        Assert.Equal(1L, await audit.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Another_association_s_admin_neither_sees_nor_changes_a_partner_s_agreements()
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        using var amal = await system.SignInAsync("amal.admin");
        var partner = await hajar.CreatePartnerAsync();
        var agreement = await hajar.CreateAgreementAsync(partner, ["statistics.read"], contacts: [Contact("Dr Hidden")]);
        var path = $"/api/partnerships/partners/{partner}/agreements";

        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"{path}/{agreement}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amal.PostAsync($"{path}/{agreement}/activate", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"{path}/{agreement}/document")).StatusCode);
        using (var created = await amal.PostAsJsonAsync(path, new { kind = "company-sponsor", title = "x", startsOn = "2026-12-01", dataShared = Array.Empty<string>() }))
        {
            Assert.Equal(HttpStatusCode.NotFound, created.StatusCode);
        }

        var own = await hajar.GetFromJsonAsync<JsonElement>($"{path}/{agreement}");
        Assert.Equal("draft", own.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_partner_s_agreements_are_paged_and_sorted()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        for (var i = 0; i < 3; i++)
        {
            using var response = await admin.PostAsJsonAsync($"/api/partnerships/partners/{partner}/agreements", new
            {
                kind = "patient-organisation", title = $"Agreement {i}", startsOn = new DateOnly(2026, 1, 1).AddMonths(i), dataShared = new[] { "calendar.read" },
            });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }

        var first = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/agreements?pageSize=2&sort=startsOn");
        Assert.Equal(3, first.GetProperty("totalCount").GetInt32());
        Assert.Equal(new[] { "Agreement 0", "Agreement 1" }, first.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("title").GetString()!).ToArray());
        var newest = await admin.GetFromJsonAsync<JsonElement>($"/api/partnerships/partners/{partner}/agreements?pageSize=1");
        Assert.Equal("Agreement 2", newest.GetProperty("items")[0].GetProperty("title").GetString());
        using var badSort = await admin.GetAsync($"/api/partnerships/partners/{partner}/agreements?sort=contacts");
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
    }

    private static object Contact(string name) => new { name, role = "Head of paediatric immunology", email = "contact@example.org", phone = "+212 522 000 111" };
}
