using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;
using PatientNetwork.Registry.Search;

namespace PatientNetwork.IntegrationTests.Registry;

/// <summary>The name search through the gateway: exact words first, then similar words, then trigrams; paged across the three.</summary>
[Collection(SystemCollection.Name)]
public sealed class NameSearchTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_search_word_nobody_has_is_widened_to_similar_known_words()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var ismail = await RegisterAsync(staff, "Ismail", surname);

        var found = await SearchAsync(staff, $"Smail {surname}");

        Assert.Equal([ismail], found.Ids);
    }

    [Fact]
    public async Task A_given_name_too_far_for_any_known_word_falls_back_to_the_whole_name_nearest_first()
    {
        // "Jusef" is no known word and too far from "Yusef" (the folded "Youssef", similarity 0.33 < 0.4) to
        // be widened to it, so neither word step finds anyone; the rare family name carries the similarity
        // of the whole name past 0.6 (long, so that it does for "Ayoub" too), and the closer given name comes first.
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName() + Api.RandomName().ToLowerInvariant();
        var ayoub = await RegisterAsync(staff, "Ayoub", surname);
        var youssef = await RegisterAsync(staff, "Youssef", surname);

        var found = await SearchAsync(staff, $"Jusef {surname}");

        Assert.Equal([youssef, ayoub], found.Ids);
        Assert.False(found.MayHaveMore);
    }

    [Fact]
    public async Task Exact_matches_come_first_and_pages_continue_into_the_similar_ones()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var exact = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            exact.Add(await RegisterAsync(staff, "Smail", surname));
        }

        var similar = new List<Guid> { await RegisterAsync(staff, "Ismail", surname), await RegisterAsync(staff, "Ismail", surname) };

        var pages = new List<SearchPage>();
        for (var page = 1; page <= 4; page++)
        {
            pages.Add(await SearchAsync(staff, $"Smail {surname}", page, pageSize: 2));
        }

        Assert.Equal(exact.Order().Take(2), pages[0].Ids);
        Assert.Equal([exact.Max(), similar.Min()], pages[1].Ids);
        Assert.Equal([similar.Max()], pages[2].Ids);
        Assert.Empty(pages[3].Ids);
        Assert.Equal([true, true, false, false], pages.Select(p => p.MayHaveMore));
    }

    [Fact]
    public async Task Names_written_as_one_word_or_two_find_each_other()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var twoWords = await RegisterAsync(staff, "Fatima Zahra", surname);
        var oneWord = await RegisterAsync(staff, "Fatimazahra", $"Ben {surname}");

        Assert.Contains(twoWords, (await SearchAsync(staff, $"Fatimazahra {surname}")).Ids);
        Assert.Contains(oneWord, (await SearchAsync(staff, $"Fatima Zahra Ben{surname}")).Ids);
        Assert.Contains(oneWord, (await SearchAsync(staff, surname)).Ids);
    }

    [Fact]
    public async Task Erased_and_merged_records_are_no_longer_found_by_name_and_their_words_leave_the_vocabulary()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var surname = Api.RandomName();
        var survivor = await RegisterAsync(admin, "Karim", surname);
        var duplicate = await RegisterAsync(admin, "Kareem", surname);
        var erased = await RegisterAsync(admin, "Rachid", Api.RandomName() + " " + surname);
        Assert.Equal(3, (await SearchAsync(admin, surname)).Ids.Count);

        using var merge = await admin.PostAsJsonAsync($"/api/registry/patients/{survivor}/merge", new { duplicateId = duplicate, reason = "Same child registered twice" });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        using var erasure = await admin.PostAsJsonAsync($"/api/registry/patients/{erased}/erasure", new { reason = "Request by the father, letter of 2026-11-20" });
        Assert.Equal(HttpStatusCode.OK, erasure.StatusCode);

        Assert.Equal([survivor], (await SearchAsync(admin, surname)).Ids);
        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        await using var words = new NpgsqlCommand("SELECT count(*) FROM patient_name_tokens WHERE patient_id = ANY($1)", db);
        words.Parameters.AddWithValue(new[] { duplicate, erased });
        Assert.Equal(0L, (long)(await words.ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task A_name_search_never_reaches_another_association()
    {
        using var amal = await system.SignInAsync("amal.admin");
        using var hajar = await system.SignInAsync("hajar.admin");
        var surname = Api.RandomName();
        await RegisterAsync(amal, "Nadia", surname);

        Assert.Empty((await SearchAsync(hajar, $"Nadia {surname}")).Ids);
        Assert.Empty((await SearchAsync(hajar, surname)).Ids);
    }

    [Fact]
    public async Task A_search_is_one_audit_row_listing_the_patients_shown_and_found_in_each_patients_audit()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var surname = Api.RandomName();
        var first = await RegisterAsync(coordinator, "Salma", surname);
        var second = await RegisterAsync(coordinator, "Salma", surname);

        Assert.Equal(2, (await SearchAsync(coordinator, $"Salma {surname}")).Ids.Count);

        foreach (var patient in new[] { first, second })
        {
            var audit = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patient}&pageSize=100");
            var listing = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "patients.listed");
            Assert.Equal("hajar.coordinator", listing.GetProperty("staffLogin").GetString());
            Assert.Equal("name search", listing.GetProperty("reason").GetString());
            Assert.Equal(new[] { first, second }.Order(), listing.GetProperty("listedPatientIds").EnumerateArray().Select(i => i.GetGuid()).Order());
            Assert.DoesNotContain(surname, listing.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_patient_left_out_of_the_word_index_is_indexed_by_the_back_fill_and_found_again()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var patientId = await RegisterAsync(staff, "Imane", surname);
        await using var db = new NpgsqlConnection(system.ConnectionString("registrydb"));
        await db.OpenAsync();
        await using var unindex = new NpgsqlCommand("DELETE FROM patient_name_tokens WHERE patient_id = $1", db);
        unindex.Parameters.AddWithValue(patientId);
        Assert.True(await unindex.ExecuteNonQueryAsync() > 0);

        // The back-fill runs when the Registry starts, as after an upgrade that changes what is indexed.
        await system.StartAsync("registry", restart: true);

        await using var words = new NpgsqlCommand("SELECT count(*) FROM patient_name_tokens WHERE patient_id = $1 AND NOT joined", db);
        words.Parameters.AddWithValue(patientId);
        // Two words, or three when the random surname happens to start with a particle ("Elxqw…" is also indexed as "xqw…").
        var expected = NameSearch.IndexTokens("Imane", surname).Words.Count;
        await Eventually.Until(async () => (long)(await words.ExecuteScalarAsync())!, count => count == expected, TimeSpan.FromSeconds(60), "the back-fill to index the patient");
        Assert.Equal([patientId], (await SearchAsync(staff, $"Imane {surname}")).Ids);
    }

    [Theory]
    [InlineData("-- ''")]
    [InlineData("a")]
    public async Task A_search_without_letters_or_too_short_gets_400_on_the_name(string name)
    {
        using var staff = await system.SignInAsync("hajar.coordinator");

        using var response = await staff.GetAsync($"/api/registry/patients?name={Uri.EscapeDataString(name)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("name", out _));
    }

    private static async Task<Guid> RegisterAsync(HttpClient staff, string firstName, string lastName)
    {
        var patient = Api.NewPatient();
        patient["firstName"] = firstName;
        patient["lastName"] = lastName;
        patient["confirmedNotDuplicate"] = true;
        return await staff.RegisterPatientAsync(patient);
    }

    private static async Task<SearchPage> SearchAsync(HttpClient staff, string name, int page = 1, int pageSize = 20)
    {
        var body = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={Uri.EscapeDataString(name)}&page={page}&pageSize={pageSize}");
        return new SearchPage(
            body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList(),
            body.GetProperty("totalCountIsLowerBound").GetBoolean());
    }

    private sealed record SearchPage(List<Guid> Ids, bool MayHaveMore);
}
