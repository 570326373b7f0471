using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>An admin's actions on a patient's record: merge a duplicate, the parent's right-of-access file, erasure of identity.</summary>
[Collection(SystemCollection.Name)]
public sealed class PatientAdminBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    private const string ActionsTab = "Fusion, export, effacement";

    [Fact]
    public async Task An_admin_merges_a_duplicate_into_a_record_which_then_has_its_identifier_and_the_duplicate_points_to_it()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var survivorId = await admin.RegisterPatientAsync(Api.NewPatient());
        var duplicate = Api.NewPatient();
        duplicate["cin"] = "BK" + Random.Shared.Next(100000, 999999);
        var duplicateId = await admin.RegisterPatientAsync(duplicate);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/patients/{survivorId}");
        await Expect(page.GetByTestId("cin")).ToHaveCountAsync(0);
        await OpenTabAsync(page, ActionsTab);

        await page.Locator("#f-duplicateId").FillAsync(duplicateId.ToString());
        await page.Locator("#f-reason").FillAsync("doublon");
        await page.GetByTestId("merge").ClickAsync();
        await Expect(page.Locator("[data-field='reason']")).ToContainTextAsync("au moins 10 caractères");
        await page.Locator("#f-reason").FillAsync("Même enfant inscrit deux fois, confirmé avec la mère");
        await page.GetByTestId("merge").ClickAsync();
        await Expect(page.GetByTestId("merged")).ToHaveTextAsync("Les dossiers sont fusionnés.");

        await OpenTabAsync(page, "Dossier");
        await Expect(page.GetByTestId("cin")).ToHaveTextAsync((string)duplicate["cin"]!);
        await page.GoAsync($"/patients/{duplicateId}");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ce dossier a été fusionné dans" })
            .Locator($"a[href='/patients/{survivorId}']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_parents_right_of_access_request_downloads_the_whole_record_as_a_json_file()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var patient = Api.NewPatient();
        var id = await admin.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/patients/{id}");
        await OpenTabAsync(page, ActionsTab);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-download").ClickAsync());

        Assert.Equal($"patient-{id}-export.json", download.SuggestedFilename);
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.json");
        await download.SaveAsAsync(file);
        using var export = JsonDocument.Parse(await File.ReadAllTextAsync(file));
        File.Delete(file);
        Assert.Equal(id, export.RootElement.GetProperty("patient").GetProperty("id").GetGuid());
        Assert.Equal((string)patient["lastName"]!, export.RootElement.GetProperty("patient").GetProperty("lastName").GetString());
        Assert.Equal("hajar.admin", export.RootElement.GetProperty("exportedBy").GetString());
        Assert.NotEmpty(export.RootElement.GetProperty("consentHistory").EnumerateArray());
    }

    [Fact]
    public async Task Erasing_a_patients_identity_needs_the_confirmation_box_and_then_removes_the_name()
    {
        using var admin = await system.SignInAsync("hajar.admin");
        var patient = Api.NewPatient();
        var lastName = (string)patient["lastName"]!;
        var id = await admin.RegisterPatientAsync(patient);
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.admin");
        await page.GoAsync($"/patients/{id}");
        await OpenTabAsync(page, ActionsTab);

        await page.Locator("#f-erasureReason").FillAsync("Demande écrite de la mère du 2 décembre");
        await page.GetByTestId("erase").ClickAsync();
        await Expect(page.Locator("[data-field='confirm']")).ToHaveTextAsync("Cochez la case pour confirmer.");
        await Expect(page.GetByTestId("patient-name")).ToContainTextAsync(lastName);

        await page.Locator("#f-erasure-confirm").CheckAsync();
        await page.GetByTestId("erase").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "L'identité a été effacée le" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("patient-name")).Not.ToContainTextAsync(lastName);
    }

    private static async Task OpenTabAsync(IPage page, string name)
    {
        await page.Locator(".mud-tab").Filter(new() { HasTextRegex = new Regex($"^{Regex.Escape(name)}$") }).ClickAsync();
    }
}
