using System.Net;
using Npgsql;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>Token entries that can no longer be used are pruned; live ones stay (the app host prunes every 2 s, keeping 1 s).</summary>
[Collection(SystemCollection.Name)]
public sealed class PartnerTokenPruningTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task A_revoked_credential_s_token_entries_are_pruned_and_a_live_credential_s_are_kept()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var revoked = await admin.CreateCredentialAsync(partner, "statistics.read");
        var live = await admin.CreateCredentialAsync(partner, "statistics.read");
        var revokedToken = await anonymous.TokenAsync(revoked);
        await anonymous.TokenAsync(live);
        Assert.Equal(1, await TokenEntriesAsync(revoked.ClientId));

        await admin.RevokeAsync(partner, revoked.Id);

        await Eventually.Until(() => TokenEntriesAsync(revoked.ClientId), entries => entries == 0, TimeSpan.FromSeconds(30), "the revoked credential's token entry to be pruned");
        Assert.Equal(1, await TokenEntriesAsync(live.ClientId));
        using var client = system.AsPartner(revokedToken);
        using var refused = await client.GetAsync("/public/v1/partner");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private async Task<long> TokenEntriesAsync(string clientId)
    {
        await using var connection = new NpgsqlConnection(system.ConnectionString("partnershipsdb"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """SELECT count(*) FROM "OpenIddictTokens" t JOIN "OpenIddictApplications" a ON a.id = t.application_id WHERE a.client_id = @client""", connection);
        command.Parameters.AddWithValue("client", clientId);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
