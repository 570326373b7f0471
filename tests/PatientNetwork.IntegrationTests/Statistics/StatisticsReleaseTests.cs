using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Statistics;

[Collection(SystemCollection.Name)]
public sealed class StatisticsReleaseTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task New_counts_make_a_numbered_release_that_reads_the_same_later_and_hides_no_cell_alone_in_its_row_or_column()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var partner = system.Anonymous();
        const string group = "primary-immunodeficiency";
        const string region = "draa-tafilalet";
        var before = (await partner.GetFromJsonAsync<JsonElement>("/public/v1/statistics")).GetProperty("version").GetInt32();
        await staff.RegisterPatientAsync(Api.NewPatient(region, group));
        await staff.RegisterPatientAsync(Api.NewPatient(region, group));

        var small = await Eventually.Until(
            () => partner.StatisticsCellAsync(group, region), cell => cell is not null, Delivery, "a release counting the two patients");
        Assert.True(small!.Value.GetProperty("suppressed").GetBoolean());

        var latest = await partner.GetFromJsonAsync<JsonElement>("/public/v1/statistics");
        var version = latest.GetProperty("version").GetInt32();
        Assert.True(version > before);
        var releases = await partner.GetFromJsonAsync<JsonElement>("/public/v1/statistics/releases?pageSize=100");
        Assert.Contains(releases.GetProperty("items").EnumerateArray(), r => r.GetProperty("version").GetInt32() == version);

        var again = await partner.GetFromJsonAsync<JsonElement>($"/public/v1/statistics?version={version}");
        Assert.Equal(latest.GetRawText(), again.GetRawText());
        PublishedTable.AssertNoHiddenFigureStandsAlone(latest, ("diagnosisGroups", "diagnosisGroup"), ("regions", "regionCode"));
    }

    [Fact]
    public async Task A_release_that_does_not_exist_is_404_and_a_bad_page_is_400()
    {
        using var partner = system.Anonymous();

        using var missing = await partner.GetAsync($"/public/v1/statistics?version={int.MaxValue}");
        using var badPage = await partner.GetAsync("/public/v1/statistics/releases?page=0");
        using var badVersion = await partner.GetAsync("/public/v1/statistics?version=latest");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.True((await badPage.JsonAsync()).GetProperty("errors").TryGetProperty("page", out _));
        Assert.Equal(HttpStatusCode.BadRequest, badVersion.StatusCode);
        Assert.True((await badVersion.JsonAsync()).GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task An_association_s_live_counts_show_its_own_patients_only()
    {
        using var hajar = await system.SignInAsync("hajar.coordinator");
        using var amal = await system.SignInAsync("amal.admin");
        const string group = "primary-immunodeficiency";
        const string region = "souss-massa";
        var amalBefore = await amal.CountedAsync(group, region);
        var hajarBefore = await hajar.CountedAsync(group, region);

        await hajar.RegisterPatientAsync(Api.NewPatient(region, group));

        await Eventually.Until(() => hajar.CountedAsync(group, region), count => count == hajarBefore + 1, Delivery, "Hajar's patient to be counted");
        Assert.Equal(amalBefore, await amal.CountedAsync(group, region));
        using var anonymous = system.Anonymous();
        using var refused = await anonymous.GetAsync("/api/partnerships/statistics/counts");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }
}
