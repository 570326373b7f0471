using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Funding;

/// <summary>The programme's annual cap per family: siblings (their guardians share a phone in the Registry) together.</summary>
[Collection(SystemCollection.Name)]
public sealed class FamilyCapTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task Siblings_claims_approved_at_the_same_moment_never_take_the_family_past_its_cap_and_a_lone_child_keeps_their_own_cap()
    {
        const long patientCap = 150_000;
        const long familyCap = 200_000;
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var programmeId = await ProgrammeWithFamilyCapAsync(admin, patientCap, familyCap);
        var phone = FamilyPhone();
        var siblings = new[] { await RegisterChildAsync(coordinator, phone), await RegisterChildAsync(coordinator, phone) };
        var lone = await RegisterChildAsync(coordinator, FamilyPhone());
        var families = await Task.WhenAll(siblings.Append(lone).Select(id => FamilyOfAsync(coordinator, id)));
        Assert.Equal(families[0], families[1]);
        Assert.NotEqual(families[0], families[2]);

        // 3 claims of 1,000 MAD each (800 MAD covered if nothing limited them): 2,400 MAD asked per child,
        // 4,800 MAD for the siblings whose family may have 2,000 MAD, 2,400 MAD for the lone child who may have 1,500 MAD.
        var claims = new List<(Guid Claim, Guid Patient)>();
        foreach (var patient in siblings.Append(lone))
        {
            await coordinator.AccountAsync(patient);
            for (var i = 0; i < 3; i++)
            {
                var claim = ClaimsApi.Claim(patient, programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 100_000, ClaimsApi.Today.AddDays(-1))]);
                claims.Add((await coordinator.ClaimInReviewAsync(admin, claim), patient));
            }
        }

        var approvals = await Task.WhenAll(claims.Select(async c =>
        {
            using var approver = await system.SignInAsync("hajar.admin");
            using var response = await approver.ApproveAsync(c.Claim);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (c.Claim, c.Patient, Covered: Covered(await response.JsonAsync()));
        }));

        var coveredByPatient = approvals.GroupBy(a => a.Patient).ToDictionary(g => g.Key, g => g.Sum(a => a.Covered));
        Assert.Equal(familyCap, coveredByPatient[siblings[0]] + coveredByPatient[siblings[1]]);
        Assert.All(siblings, s => Assert.True(coveredByPatient[s] <= patientCap, $"sibling {s} got {coveredByPatient[s]}"));
        Assert.Equal(patientCap, coveredByPatient[lone]);
        await system.AssertLedgerReconcilesAsync();

        // A reversed claim gives its amount back to the family (and to the child): their next claim gets it, no more.
        var reversedClaim = approvals.First(a => a.Patient == siblings[0] && a.Covered > 0);
        using (var reversal = ClaimsApi.Post($"/api/funding/claims/{reversedClaim.Claim}/reversal", new { text = "Invoice sent twice by the pharmacy" }, Guid.NewGuid().ToString()))
        using (var reversed = await admin.SendAsync(reversal))
        {
            Assert.Equal(HttpStatusCode.OK, reversed.StatusCode);
        }

        var next = await coordinator.ClaimInReviewAsync(admin, ClaimsApi.Claim(siblings[0], programmeId, [ClaimsApi.Line("IgG", "J06BA02", 1, 100_000, ClaimsApi.Today.AddDays(-1))]));
        using var nextApproval = await admin.ApproveAsync(next);
        Assert.Equal(HttpStatusCode.OK, nextApproval.StatusCode);
        Assert.Equal(Math.Min(80_000, reversedClaim.Covered), Covered(await nextApproval.JsonAsync()));
        await system.AssertLedgerReconcilesAsync();
    }

    [Fact]
    public async Task A_family_cap_below_the_patients_cap_is_a_field_error()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        using var response = await admin.PostAsJsonAsync("/api/funding/programmes", Programme(patientCap: 150_000, familyCap: 100_000));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("annualCapPerFamilyCentimes", out _));
    }

    private static long Covered(JsonElement claim) =>
        claim.GetProperty("totals").TryGetProperty("covered", out var covered) && covered.ValueKind == JsonValueKind.Number ? covered.GetInt64() : 0;

    private static object Programme(long patientCap, long familyCap) => new
    {
        name = $"Family cap programme {Api.RandomName()}",
        rateBasisPoints = 8_000,
        validFrom = new DateOnly(ClaimsApi.Today.Year - 1, 1, 1),
        annualCapPerPatientCentimes = patientCap,
        annualCapPerFamilyCentimes = familyCap,
        annualBudgetCentimes = 100_000_000,
        currency = "MAD",
        eligibleMedicines = new[] { new { name = "Immunoglobulines humaines normales", atcCode = "J06BA" } },
    };

    private static async Task<Guid> ProgrammeWithFamilyCapAsync(HttpClient admin, long patientCap, long familyCap)
    {
        using var created = await admin.PostAsJsonAsync("/api/funding/programmes", Programme(patientCap, familyCap));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var programme = await created.JsonAsync();
        Assert.Equal(familyCap, programme.GetProperty("annualCapPerFamilyCentimes").GetInt64());
        var programmeId = programme.GetProperty("id").GetGuid();
        await admin.ReceiveAsync(programmeId, 10_000_000);
        return programmeId;
    }

    /// <summary>A mobile number no other test uses, as a mother's phone.</summary>
    internal static string FamilyPhone() => "06" + Random.Shared.NextInt64(10_000_000, 99_999_999);

    /// <summary>A child consenting to medicine funding whose mother has <paramref name="mothersPhone"/>; a sibling is not a duplicate.</summary>
    internal static async Task<Guid> RegisterChildAsync(HttpClient coordinator, string mothersPhone)
    {
        var child = FundingApi.PatientConsentingToFunding();
        child["guardians"] = new[] { new { name = "Naima " + Api.RandomName(), relation = "mother", phone = mothersPhone } };
        child["confirmedNotDuplicate"] = true;
        return await coordinator.RegisterPatientAsync(child);
    }

    internal static async Task<Guid?> FamilyOfAsync(HttpClient staff, Guid patientId)
    {
        var patient = await staff.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{patientId}");
        return patient.GetProperty("familyId").ValueKind == JsonValueKind.Null ? null : patient.GetProperty("familyId").GetGuid();
    }
}
