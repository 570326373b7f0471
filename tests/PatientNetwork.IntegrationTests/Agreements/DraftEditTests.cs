using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.IntegrationTests.Partnerships;

namespace PatientNetwork.IntegrationTests.Agreements;

/// <summary>A draft's terms are edited with the rules of its creation; once active, the agreement is what was signed.</summary>
[Collection(SystemCollection.Name)]
public sealed class DraftEditTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_admin_edits_a_draft_keeping_its_contacts_and_the_edit_is_audited()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"], contacts: [Contact("Dr Salma Bennani")]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";

        using var edited = await admin.PutAsJsonAsync(path, new
        {
            kind = "medical-society", title = "ASID membership 2027", startsOn = "2027-01-01", endsOn = "2027-12-31",
            dataShared = new[] { "calendar.read", "statistics.read" },
        });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var seen = await admin.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("medical-society", seen.GetProperty("kind").GetString());
        Assert.Equal("ASID membership 2027", seen.GetProperty("title").GetString());
        Assert.Equal("2027-01-01", seen.GetProperty("startsOn").GetString());
        Assert.Equal("2027-12-31", seen.GetProperty("endsOn").GetString());
        Assert.Equal(["calendar.read", "statistics.read"], seen.GetProperty("dataShared").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal("draft", seen.GetProperty("status").GetString());
        Assert.Equal("Dr Salma Bennani", seen.GetProperty("contacts").EnumerateArray().Single().GetProperty("name").GetString());

        using (var withContacts = await admin.PutAsJsonAsync(path, new
        {
            kind = "medical-society", title = "ASID membership 2027", startsOn = "2027-01-01", dataShared = Array.Empty<string>(), contacts = new[] { Contact("Dr Omar Tazi") },
        }))
        {
            Assert.Equal(HttpStatusCode.OK, withContacts.StatusCode);
            var body = await withContacts.JsonAsync();
            Assert.Equal("Dr Omar Tazi", body.GetProperty("contacts").EnumerateArray().Single().GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.Null, body.GetProperty("endsOn").ValueKind);
        }

        Assert.Equal(["contacts-changed", "draft-edited", "contacts-read", "contacts-read", "draft-edited", "contacts-changed"], await AuditAsync(agreement));
    }

    [Fact]
    public async Task An_edit_with_bad_fields_is_refused_with_the_creation_s_field_errors_and_changes_nothing()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";
        var before = await admin.GetFromJsonAsync<JsonElement>(path);

        using var refused = await admin.PutAsJsonAsync(path, new
        {
            kind = "medical-society", title = "", startsOn = "2027-01-10", endsOn = "2027-01-01", dataShared = new[] { "patients.read" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("endsOn", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("dataShared[0]", out _), errors.ToString());
        var after = await admin.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal(before.GetProperty("title").GetString(), after.GetProperty("title").GetString());
        Assert.Equal("hospital-care", after.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Editing_an_active_agreement_is_a_409_naming_its_state_and_leaves_it_as_signed()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var partner = await admin.CreatePartnerAsync();
        var agreement = await admin.CreateActiveAgreementAsync(partner, ["statistics.read"]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";

        using var refused = await admin.PutAsJsonAsync(path, new
        {
            kind = "company-sponsor", title = "Rewritten after signature", startsOn = "2026-01-01", dataShared = new[] { "webhooks.manage" },
        });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("active", (await refused.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var seen = await admin.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("hospital-care", seen.GetProperty("kind").GetString());
        Assert.Equal(["statistics.read"], seen.GetProperty("dataShared").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.DoesNotContain("draft-edited", await AuditAsync(agreement));
    }

    [Fact]
    public async Task Another_association_s_admin_gets_404_and_a_coordinator_403_when_editing_a_draft()
    {
        using var hajar = await system.SignInAsync("hajar.admin");
        using var amal = await system.SignInAsync("amal.admin");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var partner = await hajar.CreatePartnerAsync();
        var agreement = await hajar.CreateAgreementAsync(partner, ["statistics.read"]);
        var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";
        var body = new { kind = "company-sponsor", title = "Taken over", startsOn = "2026-12-01", dataShared = Array.Empty<string>() };

        using (var byAmal = await amal.PutAsJsonAsync(path, body))
        {
            Assert.Equal(HttpStatusCode.NotFound, byAmal.StatusCode);
        }

        using (var byCoordinator = await coordinator.PutAsJsonAsync(path, body))
        {
            Assert.Equal(HttpStatusCode.Forbidden, byCoordinator.StatusCode);
        }

        var seen = await hajar.GetFromJsonAsync<JsonElement>(path);
        Assert.Equal("hospital-care", seen.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task An_edit_racing_the_activation_either_lands_before_it_or_is_refused_so_the_active_terms_are_those_published()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        await using var changed = await EventProbe.ListenAsync(system, "PartnerAgreementChanged");
        var partner = await admin.CreatePartnerAsync();
        for (var round = 0; round < 5; round++)
        {
            var agreement = await admin.CreateAgreementAsync(partner, ["statistics.read"]);
            var path = $"/api/partnerships/partners/{partner}/agreements/{agreement}";
            var edit = admin.PutAsJsonAsync(path, new { kind = "hospital-care", title = "Edited", startsOn = "2026-01-01", dataShared = new[] { "calendar.read" } });
            var activate = admin.PostAsync($"{path}/activate", null);
            using var edited = await edit;
            using var activated = await activate;

            Assert.Equal(HttpStatusCode.OK, activated.StatusCode);
            Assert.Contains(edited.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
            var final = await admin.GetFromJsonAsync<JsonElement>(path);
            var scope = final.GetProperty("dataShared").EnumerateArray().Single().GetString()!;
            Assert.Equal(edited.StatusCode == HttpStatusCode.OK ? "calendar.read" : "statistics.read", scope);
            // The activation published the terms it activated: an edit that slipped in after it would differ.
            var published = await changed.WaitForAsync(agreement.ToString(), TimeSpan.FromSeconds(30));
            Assert.Contains(scope, published, StringComparison.Ordinal);
        }
    }

    private async Task<List<string>> AuditAsync(Guid agreement)
    {
        await using var db = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await db.OpenAsync();
        await using var audit = new NpgsqlCommand("SELECT action FROM agreement_accesses WHERE agreement_id = @id ORDER BY id", db);
        audit.Parameters.AddWithValue("id", agreement);
        var actions = new List<string>();
        await using var reader = await audit.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            actions.Add(reader.GetString(0));
        }

        return actions;
    }

    private static object Contact(string name) => new { name, role = "Secretary general", email = "contact@example.org", phone = (string?)null };
}
