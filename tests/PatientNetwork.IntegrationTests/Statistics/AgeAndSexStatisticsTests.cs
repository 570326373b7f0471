using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Statistics;

/// <summary>The release's second table: the same consenting patients by age band and sex.</summary>
[Collection(SystemCollection.Name)]
public sealed class AgeAndSexStatisticsTests(PatientNetworkFixture system)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Registered_men_born_in_1980_are_counted_in_the_adult_band_and_both_tables_share_one_grand_total()
    {
        using var staff = await system.SignInAsync("hajar.coordinator");
        using var partner = system.Anonymous();
        var before = await ReleasedCountAsync("20+", "male");

        for (var i = 0; i < 6; i++)
        {
            var man = Api.NewPatient("oriental");
            man["sex"] = "male";
            man["dateOfBirth"] = $"1980-03-{i + 1:00}";
            await staff.RegisterPatientAsync(man);
        }

        await Eventually.Until(() => ReleasedCountAsync("20+", "male"), count => count >= before + 6, Delivery, "a release counting the six men in the adult band");

        var release = await partner.GetFromJsonAsync<JsonElement>("/public/v1/statistics");
        var ageAndSex = release.GetProperty("ageAndSex");
        Assert.Equal(release.GetProperty("total").GetRawText(), ageAndSex.GetProperty("total").GetRawText());
        Assert.Contains(ageAndSex.GetProperty("cells").EnumerateArray(), c => c.GetProperty("ageBand").GetString() == "20+" && c.GetProperty("sex").GetString() == "male");
        Assert.All(ageAndSex.GetProperty("cells").EnumerateArray(), c => Assert.Equal(c.GetProperty("suppressed").GetBoolean(), c.GetProperty("patients").ValueKind == JsonValueKind.Null));
        PublishedTable.AssertNoHiddenFigureStandsAlone(ageAndSex, ("ageBands", "ageBand"), ("sexes", "sex"));
    }

    /// <summary>The true count the latest release keeps for a cell (partners only ever see it when it is safe to).</summary>
    private async Task<int> ReleasedCountAsync(string ageBand, string sex)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT age_sex_cells::text FROM statistics_releases ORDER BY version DESC LIMIT 1", connection);
        if (await command.ExecuteScalarAsync() is not string json)
        {
            return 0;
        }

        using var cells = JsonDocument.Parse(json);
        return cells.RootElement.EnumerateArray()
            .Where(c => c.GetProperty("ageBand").GetString() == ageBand && c.GetProperty("sex").GetString() == sex)
            .Sum(c => c.GetProperty("count").GetInt32());
    }
}
