using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using PatientNetwork.IntegrationTests.Infrastructure;

namespace PatientNetwork.IntegrationTests.Referrals;

/// <summary>
/// From a partner's referral to a patient's record: an accepted referral waits in the Registry as an intake that fills
/// in the registration form; registering (or linking, or dismissing) closes it, clears the child's details it held,
/// and moves the partner's referral to in progress.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ReferralIntakeTests(PatientNetworkFixture system)
{
    [Fact]
    public async Task An_accepted_referral_fills_in_the_registration_which_closes_it_and_moves_the_referral_in_progress()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, body, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        var child = (dynamic)body["child"]!;

        var intake = await coordinator.WaitForIntakeAsync(id);
        Assert.Equal("pending", intake.GetProperty("intake").GetProperty("status").GetString());
        string phone = ((dynamic)body["family"]!).phone;
        Assert.EndsWith(phone[^8..], intake.GetProperty("familyPhone").GetString());
        var registration = intake.GetProperty("registration");
        Assert.Equal((string)child.lastName, registration.GetProperty("lastName").GetString());
        Assert.Equal("2019-04-12", registration.GetProperty("dateOfBirth").GetString());
        Assert.Equal("D81.9", registration.GetProperty("diagnoses")[0].GetProperty("icd10").GetString());
        Assert.Equal(id, registration.GetProperty("referralId").GetGuid());

        var completed = Completed(registration);
        using (var created = await coordinator.PostAsJsonAsync("/api/registry/patients", completed))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using (var again = await coordinator.PostAsJsonAsync("/api/registry/patients", completed))
        {
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            Assert.Equal("registered", (await again.JsonAsync()).GetProperty("status").GetString());
        }

        var closed = await coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/referral-intakes/{id}");
        Assert.Equal("registered", closed.GetProperty("intake").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, closed.GetProperty("intake").GetProperty("patientId").ValueKind);
        Assert.DoesNotContain((string)child.lastName, closed.ToString());
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("familyPhone").ValueKind);

        var seen = await partner.WaitForPartnerStatusAsync(id, "in-progress");
        Assert.DoesNotContain("patientId", seen.ToString(), StringComparison.OrdinalIgnoreCase);

        using var admin = await system.SignInAsync("hajar.admin");
        var patientId = closed.GetProperty("intake").GetProperty("patientId").GetGuid();
        var trail = await admin.GetFromJsonAsync<JsonElement>($"/api/registry/audit?patientId={patientId}&pageSize=50");
        Assert.Contains(trail.GetProperty("items").EnumerateArray(), e => e.GetProperty("reason").GetString() == $"from partner referral {id}");
    }

    [Fact]
    public async Task Two_coordinators_registering_from_one_referral_at_once_make_one_patient()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        using var admin = await system.SignInAsync("hajar.admin");
        var (partner, _, id) = await system.AcceptedReferralAsync(coordinator);
        using var __ = partner;
        var registration = Completed((await coordinator.WaitForIntakeAsync(id)).GetProperty("registration"));

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(async i =>
        {
            using var response = await (i % 2 == 0 ? coordinator : admin).PostAsJsonAsync("/api/registry/patients", registration);
            return response.StatusCode;
        }));

        Assert.Equal(1, answers.Count(s => s == HttpStatusCode.Created));
        Assert.All(answers.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
    }

    [Fact]
    public async Task A_child_already_registered_is_linked_and_a_referral_that_becomes_no_record_is_dismissed_with_a_reason()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, _, linkedId) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        await coordinator.WaitForIntakeAsync(linkedId);
        var existing = await coordinator.RegisterPatientAsync(Api.NewPatient(consents: false));

        using (var unknown = await coordinator.PostAsJsonAsync($"/api/registry/referral-intakes/{linkedId}/link", new { patientId = Guid.NewGuid() }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            Assert.True((await unknown.JsonAsync()).GetProperty("errors").TryGetProperty("patientId", out var _));
        }

        using (var linked = await coordinator.PostAsJsonAsync($"/api/registry/referral-intakes/{linkedId}/link", new { patientId = existing }))
        {
            Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
            Assert.Equal(existing, (await linked.JsonAsync()).GetProperty("intake").GetProperty("patientId").GetGuid());
        }

        await partner.WaitForPartnerStatusAsync(linkedId, "in-progress");

        var dismissedId = await AcceptedReferrals.SendAndAcceptAsync(partner, coordinator);
        await coordinator.WaitForIntakeAsync(dismissedId);
        using (var tooShort = await coordinator.PostAsJsonAsync($"/api/registry/referral-intakes/{dismissedId}/dismiss", new { reason = "no" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
        }

        using (var dismissed = await coordinator.PostAsJsonAsync($"/api/registry/referral-intakes/{dismissedId}/dismiss", new { reason = "The family declined after our call." }))
        {
            Assert.Equal(HttpStatusCode.OK, dismissed.StatusCode);
            var body = await dismissed.JsonAsync();
            Assert.Equal("dismissed", body.GetProperty("intake").GetProperty("status").GetString());
            Assert.Equal(JsonValueKind.Null, body.GetProperty("intake").GetProperty("childLastName").ValueKind);
            Assert.Equal(JsonValueKind.Null, body.GetProperty("registration").ValueKind);
        }

        using var twice = await coordinator.PostAsJsonAsync($"/api/registry/referral-intakes/{dismissedId}/dismiss", new { reason = "The family declined after our call." });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);

        var pending = await coordinator.GetFromJsonAsync<JsonElement>("/api/registry/referral-intakes?pageSize=100");
        Assert.DoesNotContain(pending.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == dismissedId || i.GetProperty("id").GetGuid() == linkedId);
    }

    [Fact]
    public async Task A_referral_the_partner_cancels_after_acceptance_is_dismissed_in_the_registry()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, _, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        await coordinator.WaitForIntakeAsync(id);

        Assert.Equal(HttpStatusCode.OK, (await partner.PostAsJsonAsync($"/public/v1/referrals/{id}/cancel", new { reason = "family moved abroad" })).StatusCode);

        var intake = await Eventually.Until(
            () => coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/referral-intakes/{id}"),
            i => i.GetProperty("intake").GetProperty("status").GetString() == "dismissed", AcceptedReferrals.BusTimeout, "the intake to be dismissed");
        Assert.Equal("Cancelled by the referring partner.", intake.GetProperty("dismissalReason").GetString());
        Assert.Equal(JsonValueKind.Null, intake.GetProperty("familyPhone").ValueKind);
    }

    [Fact]
    public async Task Intakes_stay_in_their_association_and_away_from_volunteers_and_an_unknown_referral_id_is_a_field_error()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var (partner, _, id) = await system.AcceptedReferralAsync(coordinator);
        using var _ = partner;
        var registration = Completed((await coordinator.WaitForIntakeAsync(id)).GetProperty("registration"));

        using var amal = await system.SignInAsync("amal.admin");
        Assert.Equal(HttpStatusCode.NotFound, (await amal.GetAsync($"/api/registry/referral-intakes/{id}")).StatusCode);
        var amalList = await amal.GetFromJsonAsync<JsonElement>("/api/registry/referral-intakes?pageSize=100");
        Assert.DoesNotContain(amalList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        using (var amalRegisters = await amal.PostAsJsonAsync("/api/registry/patients", registration))
        {
            Assert.Equal(HttpStatusCode.BadRequest, amalRegisters.StatusCode);
            Assert.True((await amalRegisters.JsonAsync()).GetProperty("errors").TryGetProperty("referralId", out var _));
        }

        using var volunteer = await system.SignInAsync("hajar.volunteer");
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync("/api/registry/referral-intakes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await volunteer.GetAsync($"/api/registry/referral-intakes/{id}")).StatusCode);

        using var badStatus = await coordinator.GetAsync("/api/registry/referral-intakes?status=lost");
        Assert.Equal(HttpStatusCode.BadRequest, badStatus.StatusCode);
    }

    /// <summary>What the coordinator adds to the pre-filled form: the guardian's name and relation; no consent, so public counts do not move.</summary>
    internal static JsonObject Completed(JsonElement registration)
    {
        var form = JsonNode.Parse(registration.GetRawText())!.AsObject();
        var guardian = form["guardians"]![0]!.AsObject();
        guardian["name"] = "Fatima " + Api.RandomName();
        guardian["relation"] = "mother";
        form["confirmedNotDuplicate"] = true;
        return form;
    }
}
