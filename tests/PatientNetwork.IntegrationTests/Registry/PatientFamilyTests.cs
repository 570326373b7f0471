using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Registry;

/// <summary>Siblings share a family id: patients whose guardians share a phone (its blind index).</summary>
[Collection(SystemCollection.Name)]
public sealed class PatientFamilyTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Children_of_one_mothers_phone_share_a_family_and_a_change_of_guardians_moves_a_child_in_or_out()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var mothersPhone = FamilyCapTests.FamilyPhone();
        var first = await FamilyCapTests.RegisterChildAsync(coordinator, mothersPhone);
        var second = await FamilyCapTests.RegisterChildAsync(coordinator, mothersPhone);
        var other = await FamilyCapTests.RegisterChildAsync(coordinator, FamilyCapTests.FamilyPhone());
        var family = await FamilyCapTests.FamilyOfAsync(coordinator, first);
        Assert.NotNull(family);
        Assert.Equal(family, await FamilyCapTests.FamilyOfAsync(coordinator, second));
        Assert.NotEqual(family, await FamilyCapTests.FamilyOfAsync(coordinator, other));

        // The other child turns out to be this mother's too (written with +212: the same number).
        var joined = await ReplaceGuardiansAsync(coordinator, other, "+212" + mothersPhone[1..]);
        Assert.Equal(family, joined.GetProperty("familyId").GetGuid());

        // The second child is now with a guardian of their own: out of the family, into a new one.
        var left = await ReplaceGuardiansAsync(coordinator, second, FamilyCapTests.FamilyPhone());
        Assert.NotEqual(family, left.GetProperty("familyId").GetGuid());
        Assert.Equal(family, await FamilyCapTests.FamilyOfAsync(coordinator, first));
    }

    [Fact]
    public async Task A_volunteer_does_not_see_the_family_in_the_Registry_or_Funding_and_bad_guardians_are_field_errors()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var volunteer = await system.SignInAsync("hajar.volunteer");
        var child = await FamilyCapTests.RegisterChildAsync(coordinator, FamilyCapTests.FamilyPhone());
        var family = await FamilyCapTests.FamilyOfAsync(coordinator, child);

        Assert.Null(await FamilyCapTests.FamilyOfAsync(volunteer, child));
        Assert.Equal(family, (await coordinator.AccountAsync(child)).GetProperty("familyId").GetGuid());
        Assert.Equal(JsonValueKind.Null, (await volunteer.AccountAsync(child)).GetProperty("familyId").ValueKind);

        using var missing = await coordinator.PutAsJsonAsync($"/api/registry/patients/{child}/guardians", new { });
        using var badPhone = await coordinator.PutAsJsonAsync($"/api/registry/patients/{child}/guardians", new { guardians = new[] { new { name = "Naima", relation = "mother", phone = "12" } } });
        using var byVolunteer = await volunteer.PutAsJsonAsync($"/api/registry/patients/{child}/guardians", new { guardians = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.True((await missing.JsonAsync()).GetProperty("errors").TryGetProperty("guardians", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badPhone.StatusCode);
        Assert.True((await badPhone.JsonAsync()).GetProperty("errors").TryGetProperty("guardians[0].phone", out _));
        Assert.Equal(HttpStatusCode.Forbidden, byVolunteer.StatusCode);
        Assert.Equal(family, await FamilyCapTests.FamilyOfAsync(coordinator, child));
    }

    [Fact]
    public async Task An_imported_row_joins_a_registered_sibling_s_family_and_rows_of_one_file_sharing_a_phone_share_a_new_one()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var registeredMother = FamilyCapTests.FamilyPhone();
        var newMother = FamilyCapTests.FamilyPhone();
        var registered = await FamilyCapTests.RegisterChildAsync(coordinator, registeredMother);
        var surname = Api.RandomName();
        var csv = $"""
            first_name,last_name,date_of_birth,sex,diagnosis_group,region_code,guardian_name,guardian_relation,guardian_phone
            Salma,{surname},2015-04-02,female,primary-immunodeficiency,casablanca-settat,Naima {surname},mother,{registeredMother}
            Adam,{surname},2012-09-30,male,primary-immunodeficiency,casablanca-settat,Khadija {surname},mother,{newMother}
            Aya,{surname},2017-01-12,female,primary-immunodeficiency,casablanca-settat,Khadija {surname},mother,{newMother}
            """;

        using var imported = await coordinator.PostAsync("/api/registry/patients/imports?confirmedNotDuplicates=true", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var found = await coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/patients?name={surname}&pageSize=10");
        var families = new Dictionary<string, Guid?>();
        foreach (var row in found.GetProperty("items").EnumerateArray())
        {
            families[row.GetProperty("firstName").GetString()!] = await FamilyCapTests.FamilyOfAsync(coordinator, row.GetProperty("id").GetGuid());
        }

        Assert.Equal(await FamilyCapTests.FamilyOfAsync(coordinator, registered), families["Salma"]);
        Assert.Equal(families["Adam"], families["Aya"]);
        Assert.NotEqual(families["Salma"], families["Adam"]);
    }

    private static async Task<JsonElement> ReplaceGuardiansAsync(HttpClient staff, Guid patientId, string phone)
    {
        using var response = await staff.PutAsJsonAsync($"/api/registry/patients/{patientId}/guardians",
            new { guardians = new[] { new { name = "Naima " + Api.RandomName(), relation = "mother", phone } } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.JsonAsync();
    }
}
