using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Funding;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>
/// Correcting a record after registration, as staff do it on the record page: care, a coded
/// diagnosis, a death, the date of birth, the guardians (and with them the family); volunteers
/// get no way to change anything. Each change is read back from the Registry, not only from the screen.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RecordEditingBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task A_coordinator_corrects_the_care_and_finds_it_saved_after_a_reload()
    {
        var (id, page) = await OpenCorrectionsAsync("fr");
        var care = page.GetByTestId("edit-care");

        await care.Locator("#f-regionCode").SelectOptionAsync("rabat-sale-kenitra");
        await care.Locator("#f-cityCode").SelectOptionAsync("rabat");
        await care.Locator("#f-followUpHospital").FillAsync("CHU Ibn Sina");
        await care.Locator("#f-treatingDoctor").FillAsync("Dr Amrani");
        await care.Locator("#f-mobilityNeed").SelectOptionAsync("wheelchair");
        await care.GetByTestId("save-care").ClickAsync();
        await Expect(care.GetByTestId("edit-saved")).ToBeVisibleAsync();

        await page.GoAsync($"/patients/{id}");
        var facts = page.GetByTestId("patient-facts");
        await Expect(facts).ToContainTextAsync("CHU Ibn Sina");
        await Expect(facts).ToContainTextAsync("Dr Amrani");
        await Expect(facts).ToContainTextAsync("Fauteuil roulant");
        await Expect(facts).ToContainTextAsync("Rabat");

        var saved = await RecordAsync(id);
        Assert.Equal("rabat-sale-kenitra", saved.GetProperty("regionCode").GetString());
        Assert.Equal("rabat", saved.GetProperty("cityCode").GetString());
        Assert.Equal("wheelchair", saved.GetProperty("mobilityNeed").GetString());
    }

    [Fact]
    public async Task A_diagnosis_picked_by_name_is_added_to_the_record()
    {
        var (id, page) = await OpenCorrectionsAsync("fr");
        var adder = page.GetByTestId("add-diagnosis");

        await adder.GetByTestId("save-diagnosis").ClickAsync();
        await Expect(adder.Locator("[data-field='diagnosis']")).ToHaveTextAsync("Choisissez une valeur.");

        await adder.Locator("#f-diagnosisFilter").SelectOptionAsync("primary-immunodeficiency");
        await adder.Locator("#f-diagnosis").SelectOptionAsync(new SelectOptionValue { Label = "Déficit immunitaire commun variable (ORPHA:1572, D83.9)" });
        await adder.GetByTestId("save-diagnosis").ClickAsync();
        await Expect(adder.GetByTestId("edit-saved")).ToBeVisibleAsync();

        await page.GoAsync($"/patients/{id}");
        await page.Locator(".mud-tab").Filter(new LocatorFilterOptions { HasText = "Soins et traitements" }).ClickAsync();
        await Expect(page.Locator("table.pn-table").First).ToContainTextAsync("ORPHA:1572");

        var diagnoses = (await RecordAsync(id)).GetProperty("diagnoses").EnumerateArray().ToList();
        var added = Assert.Single(diagnoses);
        Assert.Equal("ORPHA:1572", added.GetProperty("orphaCode").GetString());
        Assert.Equal("D83.9", added.GetProperty("icd10").GetString());
    }

    [Fact]
    public async Task Recording_a_death_with_its_date_shows_the_patient_deceased()
    {
        var (id, page) = await OpenCorrectionsAsync("fr");
        var vital = page.GetByTestId("edit-vital-status");
        var died = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);

        await vital.Locator("#f-vitalStatus").SelectOptionAsync("deceased");
        await vital.Locator("#f-dateOfDeath").FillAsync(died.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await vital.GetByTestId("save-vital-status").ClickAsync();
        await Expect(vital.Locator("[data-field='dateOfDeath']")).ToHaveTextAsync("La date du décès ne peut pas être dans le futur.");
        Assert.Equal("alive", (await RecordAsync(id)).GetProperty("vitalStatus").GetString());

        await vital.Locator("#f-dateOfDeath").FillAsync(died.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await vital.GetByTestId("save-vital-status").ClickAsync();
        await Expect(vital.GetByTestId("edit-saved")).ToBeVisibleAsync();

        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("patient-facts")).ToContainTextAsync("Décédé");
        var saved = await RecordAsync(id);
        Assert.Equal("deceased", saved.GetProperty("vitalStatus").GetString());
        Assert.Equal(died, DateOnly.Parse(saved.GetProperty("dateOfDeath").GetString()!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_a_French_field_error_and_a_real_one_is_saved()
    {
        var (id, page) = await OpenCorrectionsAsync("fr");
        var birth = page.GetByTestId("edit-date-of-birth");
        var before = (await RecordAsync(id)).GetProperty("dateOfBirth").GetString();

        await birth.Locator("#f-dateOfBirth").FillAsync(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await birth.GetByTestId("save-date-of-birth").ClickAsync();

        await Expect(birth.Locator("[data-field='dateOfBirth']")).ToHaveTextAsync("La date de naissance ne peut pas être dans le futur.");
        await Expect(birth.Locator("#f-dateOfBirth")).ToHaveAttributeAsync("aria-invalid", "true");
        await birth.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("record-corrections-fr");
        Assert.Equal(before, (await RecordAsync(id)).GetProperty("dateOfBirth").GetString());

        await birth.Locator("#f-dateOfBirth").FillAsync("2015-04-02");
        await birth.GetByTestId("save-date-of-birth").ClickAsync();
        await Expect(birth.GetByTestId("edit-saved")).ToBeVisibleAsync();

        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("date-of-birth")).ToHaveTextAsync("2 avril 2015");
        var saved = await RecordAsync(id);
        Assert.Equal("2015-04-02", saved.GetProperty("dateOfBirth").GetString());
        Assert.Equal(2015, saved.GetProperty("birthYear").GetInt32());
    }

    [Fact]
    public async Task Replacing_the_guardians_with_a_siblings_mother_puts_the_child_in_her_family()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var mothersPhone = FamilyCapTests.FamilyPhone();
        var sibling = await FamilyCapTests.RegisterChildAsync(coordinator, mothersPhone);
        var family = await FamilyCapTests.FamilyOfAsync(coordinator, sibling);
        Assert.NotNull(family);
        var (id, page) = await OpenCorrectionsAsync("fr", patient =>
            patient["guardians"] = new[] { new { name = "Khadija " + Api.RandomName(), relation = "legal-guardian", phone = FamilyCapTests.FamilyPhone() } });
        Assert.NotEqual(family, await FamilyCapTests.FamilyOfAsync(coordinator, id));
        var guardians = page.GetByTestId("edit-guardians");
        await Expect(guardians.GetByTestId("guardian-row")).ToHaveCountAsync(1);

        await guardians.GetByTestId("remove-guardian").ClickAsync();
        await Expect(guardians.GetByTestId("no-guardians")).ToBeVisibleAsync();
        await guardians.GetByTestId("add-guardian").ClickAsync();
        await guardians.GetByTestId("add-guardian").ClickAsync();
        await guardians.Locator("#f-guardians-0--name").FillAsync("Naima Sibling");
        await guardians.Locator("#f-guardians-0--relation").SelectOptionAsync("mother");
        await guardians.Locator("#f-guardians-0--phone").FillAsync("12");
        await guardians.Locator("#f-guardians-1--relation").SelectOptionAsync("father");
        await guardians.GetByTestId("save-guardians").ClickAsync();
        await Expect(guardians.Locator("[data-field='guardians[0].phone']")).ToHaveTextAsync("Indiquez un numéro comme 0612345678 ou +212612345678.");
        await Expect(guardians.Locator("[data-field='guardians[1].name']")).ToHaveTextAsync("Obligatoire.");

        await guardians.Locator("#f-guardians-0--phone").FillAsync(mothersPhone);
        await guardians.Locator("#f-guardians-1--name").FillAsync("Omar Sibling");
        await guardians.GetByTestId("save-guardians").ClickAsync();
        await Expect(guardians.GetByTestId("edit-saved")).ToBeVisibleAsync();

        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("family-id")).ToHaveTextAsync(family.Value.ToString());
        var saved = (await RecordAsync(id)).GetProperty("guardians").EnumerateArray().Select(g => (g.GetProperty("name").GetString(), g.GetProperty("relation").GetString())).ToList();
        Assert.Equal(new List<(string?, string?)> { ("Naima Sibling", "mother"), ("Omar Sibling", "father") }, saved);
    }

    [Fact]
    public async Task A_volunteer_sees_no_correction_button_and_no_family()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var id = await coordinator.RegisterPatientAsync(Api.NewPatient());
        var family = await FamilyCapTests.FamilyOfAsync(coordinator, id);
        Assert.NotNull(family);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync($"/patients/{id}");

        await Expect(page.GetByTestId("patient-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit-record")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("record-corrections")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("family-id")).ToHaveCountAsync(0);
        Assert.DoesNotContain(family.Value.ToString(), await page.ContentAsync(), StringComparison.Ordinal);

        var coordinatorPage = await chromium.OpenAsync(system, "fr");
        await coordinatorPage.SignInAsync(system, "hajar.coordinator");
        await coordinatorPage.GoAsync($"/patients/{id}");
        await Expect(coordinatorPage.GetByTestId("family-id")).ToHaveTextAsync(family.Value.ToString());
        await Expect(coordinatorPage.GetByTestId("edit-record")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_record_merged_while_its_corrections_are_open_refuses_them_in_French_and_then_offers_none()
    {
        var (id, page) = await OpenCorrectionsAsync("fr");
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var survivor = await coordinator.RegisterPatientAsync(Api.NewPatient());
        using (var merge = await coordinator.PostAsJsonAsync($"/api/registry/patients/{survivor}/merge", new { duplicateId = id, reason = "Same child registered twice, confirmed with the mother" }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, merge.StatusCode);
        }

        var care = page.GetByTestId("edit-care");
        await care.Locator("#f-treatingDoctor").FillAsync("Dr Too Late");
        await care.GetByTestId("save-care").ClickAsync();

        await Expect(care.GetByTestId("edit-problem")).ToHaveTextAsync("Ce dossier a été fusionné ou son identité effacée : il ne peut plus être modifié.");
        await Expect(care.GetByTestId("edit-saved")).ToHaveCountAsync(0);
        Assert.Equal(JsonValueKind.Null, (await RecordAsync(id)).GetProperty("treatingDoctor").ValueKind);
        await page.GoAsync($"/patients/{id}");
        await Expect(page.GetByTestId("patient-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("edit-record")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_corrections_read_right_to_left_in_Arabic_with_their_field_errors()
    {
        var (_, page) = await OpenCorrectionsAsync("ar");
        var guardians = page.GetByTestId("edit-guardians");

        await Expect(page.GetByTestId("record-corrections").Locator("h2")).ToHaveTextAsync("تصحيح الملف");
        await guardians.GetByTestId("add-guardian").ClickAsync();
        await guardians.GetByTestId("save-guardians").ClickAsync();

        await Expect(guardians.Locator("[data-field='guardians[0].name']")).ToHaveTextAsync("إجباري.");
        await Expect(guardians.Locator("[data-field='guardians[0].relation']")).ToHaveTextAsync("اختر قيمة.");
        Assert.Equal("rtl", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('[data-testid=record-corrections]')).direction"));
        await guardians.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("record-corrections-ar");
    }

    /// <summary>A new patient's record, open as a coordinator with the corrections shown.</summary>
    private async Task<(Guid Id, IPage Page)> OpenCorrectionsAsync(string language, Action<Dictionary<string, object?>>? adjust = null)
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["confirmedNotDuplicate"] = true;
        adjust?.Invoke(patient);
        var id = await coordinator.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, language);
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync($"/patients/{id}");
        await page.GetByTestId("edit-record").ClickAsync();
        await Expect(page.GetByTestId("record-corrections")).ToBeVisibleAsync();
        return (id, page);
    }

    /// <summary>The record as the Registry keeps it, read by a coordinator.</summary>
    private async Task<JsonElement> RecordAsync(Guid id)
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        return await coordinator.GetFromJsonAsync<JsonElement>($"/api/registry/patients/{id}");
    }
}
