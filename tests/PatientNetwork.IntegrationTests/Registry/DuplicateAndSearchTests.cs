using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

[Collection(SystemCollection.Name)]
public sealed class DuplicateAndSearchTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Registering_the_same_child_under_a_spelling_variant_gets_409_with_the_candidate()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var first = Api.NewPatient();
        first["firstName"] = "Mohammed";
        first["lastName"] = $"El {surname}";
        var firstId = await staff.RegisterPatientAsync(first);

        var variant = Api.NewPatient();
        variant["firstName"] = "Mohamed";
        variant["lastName"] = $"El{surname.ToLowerInvariant()}";
        variant["dateOfBirth"] = first["dateOfBirth"];
        using var conflict = await staff.PostAsJsonAsync("/api/registry/patients", variant);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var candidates = (await conflict.JsonAsync()).GetProperty("candidates").EnumerateArray().ToList();
        Assert.Contains(candidates, c => c.GetProperty("id").GetGuid() == firstId);

        variant["confirmedNotDuplicate"] = true;
        using var confirmed = await staff.PostAsJsonAsync("/api/registry/patients", variant);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Fact]
    public async Task A_sibling_sharing_a_guardian_phone_is_flagged_as_a_possible_duplicate()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var guardianPhone = $"06{Random.Shared.Next(10000000, 99999999)}";
        var elder = Api.NewPatient();
        elder["guardians"] = new[] { new { name = "Naima Berrada", relation = "mother", phone = guardianPhone } };
        var elderId = await staff.RegisterPatientAsync(elder);

        var younger = Api.NewPatient();
        younger["guardians"] = new[] { new { name = "Naima Berrada", relation = "mother", phone = "+212" + guardianPhone[1..] } };
        using var conflict = await staff.PostAsJsonAsync("/api/registry/patients", younger);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var candidate = (await conflict.JsonAsync()).GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == elderId);
        Assert.Contains("phone", candidate.GetProperty("matchedOn").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_patient_whose_own_phone_is_a_new_child_s_guardian_phone_is_flagged()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var phone = $"06{Random.Shared.Next(10000000, 99999999)}";
        var adult = Api.NewPatient();
        adult["phone"] = phone;
        var adultId = await staff.RegisterPatientAsync(adult);

        var child = Api.NewPatient();
        child["guardians"] = new[] { new { name = "Karim Alaoui", relation = "father", phone } };
        using var conflict = await staff.PostAsJsonAsync("/api/registry/patients", child);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var candidate = (await conflict.JsonAsync()).GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == adultId);
        Assert.Equal(["phone"], candidate.GetProperty("matchedOn").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task A_similar_name_with_only_the_same_birth_year_known_is_flagged()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var known = Api.NewPatient();
        known.Remove("dateOfBirth");
        known["birthYear"] = 2011;
        var knownId = await staff.RegisterPatientAsync(known);

        var again = Api.NewPatient();
        again.Remove("dateOfBirth");
        again["birthYear"] = 2011;
        again["firstName"] = known["firstName"];
        again["lastName"] = known["lastName"];
        using var conflict = await staff.PostAsJsonAsync("/api/registry/patients", again);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var candidate = (await conflict.JsonAsync()).GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == knownId);
        Assert.Equal(["same-birth-date-and-similar-name"], candidate.GetProperty("matchedOn").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task Name_search_finds_a_patient_despite_transliteration_variants()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        var surname = Api.RandomName();
        var registration = Api.NewPatient();
        registration["firstName"] = "Youssef";
        registration["lastName"] = $"Benjelloun {surname}";
        var patientId = await staff.RegisterPatientAsync(registration);

        var found = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name=Yousef%20Benjeloun%20{surname}&pageSize=5");

        Assert.Equal(patientId, found.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.DoesNotContain("identifiers", found.GetProperty("items")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task The_list_counts_every_match_on_each_page_and_past_the_last()
    {
        // Tests of this collection run one at a time, so only this test adds patients between the two counts.
        using var staff = await system.SignInAsync("hajar.admin");
        const string filter = "/api/registry/patients?diagnosisGroup=other-rare-disease&regionCode=guelmim-oued-noun&sort=registeredAt";
        var before = (await staff.GetFromJsonAsync<JsonElement>($"{filter}&pageSize=1")).GetProperty("totalCount").GetInt32();
        var registered = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            registered.Add(await staff.RegisterPatientAsync(Api.NewPatient(region: "guelmim-oued-noun", group: "other-rare-disease")));
        }

        var total = before + 3;
        var lastPage = await staff.GetFromJsonAsync<JsonElement>($"{filter}&pageSize=1&page={total}");
        var pastTheEnd = await staff.GetFromJsonAsync<JsonElement>($"{filter}&pageSize=1&page={total + 1}");

        Assert.Equal(total, lastPage.GetProperty("totalCount").GetInt32());
        Assert.Equal(total, lastPage.GetProperty("totalPages").GetInt32());
        Assert.Equal(registered[^1], lastPage.GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(total, pastTheEnd.GetProperty("totalCount").GetInt32());
        Assert.Equal(0, pastTheEnd.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_list_filters_by_diagnosis_region_and_consent()
    {
        using var staff = await system.SignInAsync("amal.admin");
        var consenting = await staff.RegisterPatientAsync(Api.NewPatient(region: "fes-meknes", group: "leukemia"));
        var notConsenting = await staff.RegisterPatientAsync(Api.NewPatient(region: "fes-meknes", group: "leukemia", consents: false));

        var page = await staff.GetStringAsync("/api/registry/patients?diagnosisGroup=leukemia&regionCode=fes-meknes&consent=statistics&pageSize=100");

        Assert.Contains(consenting.ToString(), page, StringComparison.Ordinal);
        Assert.DoesNotContain(notConsenting.ToString(), page, StringComparison.Ordinal);
    }
}
