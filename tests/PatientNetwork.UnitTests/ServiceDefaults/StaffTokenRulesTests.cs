using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using PatientNetwork.ServiceDefaults;

namespace PatientNetwork.UnitTests.ServiceDefaults;

/// <summary>The shape a correctly signed token must also have; the signature itself is the library's to check.</summary>
public sealed class StaffTokenRulesTests
{
    [Fact]
    public void A_token_as_the_gateway_writes_it_is_a_staff_token() =>
        Assert.Null(StaffTokenRules.FindViolation(Token(), Principal(("sub", "s-1"), ("association", "hajar"), ("branch", "casablanca-settat"))));

    [Fact]
    public void A_critical_header_is_refused_whatever_it_lists()
    {
        Assert.NotNull(StaffTokenRules.FindViolation(Token(new() { ["crit"] = new[] { "exp-ext" }, ["exp-ext"] = 1 }), StaffPrincipal()));
        Assert.NotNull(StaffTokenRules.FindViolation(Token(new() { ["crit"] = Array.Empty<string>() }), StaffPrincipal()));
    }

    [Fact]
    public void A_token_without_exactly_one_association_is_refused()
    {
        Assert.NotNull(StaffTokenRules.FindViolation(Token(), Principal(("sub", "s-1"))));
        Assert.NotNull(StaffTokenRules.FindViolation(Token(), Principal(("sub", "s-1"), ("association", " "))));
        Assert.NotNull(StaffTokenRules.FindViolation(Token(), Principal(("sub", "s-1"), ("association", "hajar"), ("association", "amal"))));
    }

    [Fact]
    public void A_token_without_a_subject_or_with_two_branches_is_refused()
    {
        Assert.NotNull(StaffTokenRules.FindViolation(Token(), Principal(("association", "hajar"))));
        Assert.NotNull(StaffTokenRules.FindViolation(Token(), Principal(("sub", "s-1"), ("association", "amal"), ("branch", "a"), ("branch", "b"))));
    }

    private static ClaimsPrincipal StaffPrincipal() => Principal(("sub", "s-1"), ("association", "hajar"));

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "Bearer"));

    // Unsigned: the rules read only the header; the claims come from the principal.
    private static JsonWebToken Token(Dictionary<string, object>? extraHeader = null)
    {
        var header = new Dictionary<string, object> { ["alg"] = "RS256", ["typ"] = "JWT" };
        foreach (var (name, value) in extraHeader ?? [])
        {
            header[name] = value;
        }

        return new JsonWebToken($"{Base64UrlEncoder.Encode(JsonSerializer.Serialize(header))}.{Base64UrlEncoder.Encode("{}")}.");
    }
}
