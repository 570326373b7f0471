using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The Registry's screens as staff use them: register, the duplicate warning, fuzzy search, roles and branches.</summary>
[Collection(SystemCollection.Name)]
public sealed class RegistryBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task Registering_the_same_child_twice_shows_the_duplicate_warning_and_a_way_to_register_anyway()
    {
        var lastName = "Bennani" + Api.RandomName().ToLowerInvariant();
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");

        await RegisterAsync(page, "Yasmine", lastName);
        await Expect(page.GetByTestId("registered")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("patient-name")).ToHaveTextAsync($"Yasmine {lastName}");
        var first = page.Url;

        await RegisterAsync(page, "Yasmina", lastName);

        await Expect(page.GetByTestId("duplicate-warning")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("duplicate-candidate")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("duplicate-candidate")).ToContainTextAsync("même date de naissance et nom proche");
        await page.ScreenshotAsync("duplicate-warning-fr");
        await page.GetByTestId("register-anyway").ClickAsync();
        await Expect(page.GetByTestId("registered")).ToBeVisibleAsync();
        Assert.NotEqual(first, page.Url);
    }

    [Fact]
    public async Task A_misspelt_name_still_finds_the_patient()
    {
        var suffix = Api.RandomName().ToLowerInvariant()[..5];
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["firstName"] = "Yasmine";
        patient["lastName"] = "El Idrissi" + suffix;
        var id = await coordinator.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, "fr", Chromium.Phone);
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/patients");

        await page.Locator("#name").FillAsync($"Yasmin Elidrisi{suffix}");
        await page.GetByTestId("search").ClickAsync();

        await Expect(page.Locator($"a[href='/patients/{id}']")).ToHaveTextAsync($"Yasmine El Idrissi{suffix}");
        await page.ScreenshotAsync("search-phone-fr");
    }

    [Fact]
    public async Task A_volunteer_sees_the_record_without_any_identifier_field()
    {
        using var coordinator = await system.SignInAsync("hajar.coordinator");
        var patient = Api.NewPatient();
        patient["cin"] = "BE" + Random.Shared.Next(100000, 999999);
        patient["phone"] = $"06{Random.Shared.Next(10000000, 99999999)}";
        var id = await coordinator.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.volunteer");

        await page.GoAsync($"/patients/{id}");

        await Expect(page.GetByTestId("patient-name")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("identifiers-hidden")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("identifiers")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("date-of-birth")).ToHaveCountAsync(0);
        Assert.DoesNotContain((string)patient["cin"]!, await page.ContentAsync(), StringComparison.Ordinal);
        await Expect(page.Locator("nav").GetByText("Inscrire un patient")).ToHaveCountAsync(0);

        var coordinatorPage = await chromium.OpenAsync(system, "fr");
        await coordinatorPage.SignInAsync(system, "hajar.coordinator");
        await coordinatorPage.GoAsync($"/patients/{id}");
        await Expect(coordinatorPage.GetByTestId("cin")).ToHaveTextAsync((string)patient["cin"]!);
    }

    [Fact]
    public async Task A_branch_coordinator_cannot_open_another_branchs_patient()
    {
        using var admin = await system.SignInAsync("amal.admin");
        var id = await admin.RegisterPatientAsync(Api.NewPatient(region: "marrakech-safi", group: "leukemia", branch: "marrakech-safi"));
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "amal.casablanca");

        await page.GoAsync($"/patients/{id}");

        await Expect(page.GetByTestId("patient-not-found")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("patient-name")).ToHaveCountAsync(0);

        var own = await chromium.OpenAsync(system, "fr");
        await own.SignInAsync(system, "amal.marrakech");
        await own.GoAsync($"/patients/{id}");
        await Expect(own.GetByTestId("patient-name")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData("ar", "إجباري.", "اختر قيمة.")]
    [InlineData("fr", "Obligatoire.", "Choisissez une valeur.")]
    [InlineData("en", "Required.", "Choose one.")]
    public async Task The_registration_forms_field_errors_are_in_the_users_language(string language, string required, string chooseOne)
    {
        var page = await chromium.OpenAsync(system, language);
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/patients/new");

        await page.Locator("#f-cin").FillAsync("123");
        await page.GetByTestId("register").ClickAsync();

        await Expect(page.Locator("[data-field='firstName']")).ToHaveTextAsync(required);
        await Expect(page.Locator("[data-field='sex']")).ToHaveTextAsync(chooseOne);
        await Expect(page.Locator("[data-field='cin']")).ToBeVisibleAsync();
        await Expect(page.Locator("#f-firstName")).ToHaveAttributeAsync("aria-invalid", "true");
        if (language != "en")
        {
            await page.ScreenshotAsync($"register-errors-{language}");
        }
    }

    private static async Task RegisterAsync(Microsoft.Playwright.IPage page, string firstName, string lastName)
    {
        await page.GoAsync("/patients/new");
        await page.Locator("#f-firstName").FillAsync(firstName);
        await page.Locator("#f-lastName").FillAsync(lastName);
        await page.Locator("#f-dateOfBirth").FillAsync("2017-05-09");
        await page.Locator("#f-sex").SelectOptionAsync("female");
        await page.Locator("#f-diagnosisGroup").SelectOptionAsync("primary-immunodeficiency");
        await page.Locator("#f-regionCode").SelectOptionAsync("casablanca-settat");
        await page.Locator("#f-consent-statistics").CheckAsync();
        await page.Locator("#f-consentEvidence").FillAsync("fiche signée");
        await page.GetByTestId("register").ClickAsync();
        await page.Locator("[data-testid='registered'], [data-testid='duplicate-warning'], .pn-field-error").First.WaitForAsync();
    }
}
