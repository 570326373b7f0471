using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Donations;

[Collection(SystemCollection.Name)]
public sealed class DonorTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_donor_s_contact_details_are_not_in_the_database_in_clear_and_not_shown_to_a_volunteer()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var phone = DonationsApi.RandomPhone();
        var email = DonationsApi.RandomEmail();
        var donor = await coordinator.CreateDonorAsync(phone: phone, email: email);
        var id = donor.GetProperty("id").GetGuid();
        Assert.Equal(email, donor.GetProperty("contacts").GetProperty("email").GetString());

        await using (var db = new NpgsqlConnection(system.ConnectionString("fundingdb")))
        {
            await db.OpenAsync();
            await using var query = new NpgsqlCommand("SELECT row_to_json(d)::text FROM donors d WHERE id = $1", db) { Parameters = { new() { Value = id } } };
            var row = (string)(await query.ExecuteScalarAsync())!;
            Assert.DoesNotContain(email, row, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(phone[1..], row, StringComparison.Ordinal);
            Assert.DoesNotContain("Casablanca", row, StringComparison.Ordinal);
        }

        var seen = await volunteer.GetStringAsync($"/api/funding/donors/{id}");
        Assert.Contains(donor.GetProperty("name").GetString()!, seen);
        Assert.DoesNotContain(email, seen, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(phone[1..], seen, StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(seen).RootElement.GetProperty("contactsHidden").GetBoolean());
        var listed = await volunteer.GetStringAsync($"/api/funding/donors?name={Uri.EscapeDataString(donor.GetProperty("name").GetString()!)}");
        Assert.DoesNotContain(email, listed, StringComparison.OrdinalIgnoreCase);

        using var volunteerCreates = await volunteer.PostAsJsonAsync("/api/funding/donors", new { kind = "person", name = DonationsApi.RandomDonorName() });
        Assert.Equal(HttpStatusCode.Forbidden, volunteerCreates.StatusCode);
    }

    [Fact]
    public async Task A_donor_with_the_same_phone_or_a_similar_name_is_refused_with_candidates_until_confirmed_as_another_person()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var name = DonationsApi.RandomDonorName();
        var phone = DonationsApi.RandomPhone();
        var first = await coordinator.CreateDonorAsync(name: name, phone: phone);
        var firstId = first.GetProperty("id").GetGuid();

        // The same phone written the international way, another name.
        using var samePhone = await coordinator.PostAsJsonAsync("/api/funding/donors", new { kind = "person", name = DonationsApi.RandomDonorName(), phone = "+212 " + phone[1..] });
        Assert.Equal(HttpStatusCode.Conflict, samePhone.StatusCode);
        var problem = await samePhone.JsonAsync();
        var candidate = Assert.Single(problem.GetProperty("candidates").EnumerateArray());
        Assert.Equal(firstId, candidate.GetProperty("id").GetGuid());
        Assert.Contains("phone", candidate.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));

        // The same name in another order and case: similar name.
        var parts = name.Split(' ');
        using var similar = await coordinator.PostAsJsonAsync("/api/funding/donors", new { kind = "person", name = $"{parts[1].ToUpperInvariant()} {parts[0]}" });
        Assert.Equal(HttpStatusCode.Conflict, similar.StatusCode);
        Assert.Contains(firstId.ToString(), await similar.Content.ReadAsStringAsync());

        using var confirmed = await coordinator.PostAsJsonAsync("/api/funding/donors", new { kind = "person", name, confirmNotDuplicate = true });
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);

        using var bad = await coordinator.PostAsJsonAsync("/api/funding/donors", new { kind = "person", name = "", phone = "12ab", email = "not-an-email" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _) && errors.TryGetProperty("phone", out _) && errors.TryGetProperty("email", out _), errors.ToString());
    }
}
