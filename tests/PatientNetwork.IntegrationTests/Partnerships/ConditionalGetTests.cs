using System.Net;
using System.Net.Http.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Partnerships;

/// <summary>
/// Partners' reads through the gateway carry an ETag; asking again with If-None-Match gets a 304 with no body until
/// the answer changes.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ConditionalGetTests(PatientNetworkFixture system)
{
    [Theory]
    [InlineData("/public/v1/events?pageSize=5")]
    [InlineData("/public/v1/events.ics")]
    [InlineData("/public/v1/statistics")]
    [InlineData("/public/v1/statistics/releases")]
    public async Task A_public_read_asked_again_with_its_tag_is_not_sent_again(string path)
    {
        using var anonymous = system.Anonymous();
        using var first = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag ?? throw new Xunit.Sdk.XunitException($"{path} has no ETag");
        Assert.False(tag.IsWeak);

        using var unchanged = await GetAsync(anonymous, path, tag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, unchanged.Headers.ETag);
        Assert.True(unchanged.Headers.CacheControl?.Public, "a 304 is as cacheable as the 200 it stands for");

        using var weak = await GetAsync(anonymous, path, $"\"other\", W/{tag.Tag}");
        Assert.Equal(HttpStatusCode.NotModified, weak.StatusCode);
        using var other = await GetAsync(anonymous, path, "\"not-this-one\"");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await other.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_partner_s_referral_list_is_sent_again_only_once_it_changed()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var anonymous = system.Anonymous();
        var partner = await admin.CreatePartnerAsync();
        var credential = await admin.CreateCredentialAsync(partner, "referrals.write", "referrals.read");
        using var client = system.AsPartner(await anonymous.TokenAsync(credential));
        using var sent = await client.PostAsJsonAsync("/public/v1/referrals", PartnerReferrals.NewReferral());
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);

        using var first = await client.GetAsync("/public/v1/referrals");
        var tag = first.Headers.ETag!.Tag;
        using var unchanged = await GetAsync(client, "/public/v1/referrals", tag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Contains("no-store", unchanged.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var another = await client.PostAsJsonAsync("/public/v1/referrals", PartnerReferrals.NewReferral());
        using var changed = await GetAsync(client, "/public/v1/referrals", tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag!.Tag);
        Assert.Equal(2, (await changed.JsonAsync()).GetProperty("totalCount").GetInt32());

        using var unknown = await GetAsync(client, $"/public/v1/referrals/{Guid.NewGuid()}", tag);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await client.SendAsync(request);
    }
}
