using System.Text;
using Microsoft.Playwright;
using PatientNetwork.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace PatientNetwork.IntegrationTests.Browser;

/// <summary>The CSV import as a coordinator uses it: a file with a bad row is refused whole with the row to correct; the corrected file is imported.</summary>
[Collection(SystemCollection.Name)]
public sealed class ImportBrowserTests(PatientNetworkFixture system, Chromium chromium) : IClassFixture<Chromium>
{
    private const string Header = "first_name,last_name,date_of_birth,sex,diagnosis_group,region_code,city_code,cin,guardian_name,guardian_relation,guardian_phone,consent_statistics,consent_evidence";

    [Fact]
    public async Task A_file_with_a_bad_row_shows_that_row_and_its_reason_imports_nothing_and_once_corrected_its_rows_are_found()
    {
        var surname = Api.RandomName();
        string Csv(string omarsBirthDate) => $"""
            {Header}
            Imane,{surname},2014-01-15,female,primary-immunodeficiency,casablanca-settat,,,,,,oui,fiche papier 2024
            Omar,{surname},{omarsBirthDate},male,primary-immunodeficiency,casablanca-settat,,,,,,oui,fiche papier 2024
            """;
        var page = await chromium.OpenAsync(system, "fr");
        await page.SignInAsync(system, "hajar.coordinator");
        await page.GoAsync("/patients/import");

        await ImportAsync(page, Csv("31/02/2014"));

        // The Registry imports all rows or none (docs/registry.md): the report names line 3, Omar's, and why.
        // Imane's row (line 2) is not listed; each problem of Omar's row is a line of the report.
        var rows = page.GetByTestId("rejected-rows").Locator("tbody tr");
        await Expect(rows.First).ToBeVisibleAsync();
        foreach (var line in await rows.Locator("td:first-child").AllInnerTextsAsync())
        {
            Assert.Equal("3", line.Trim());
        }

        var birthDate = rows.Filter(new() { Has = page.Locator("td:nth-child(2)", new() { HasText = "date_of_birth" }) });
        await Expect(birthDate).ToHaveCountAsync(1);
        await Expect(birthDate.Locator("td").Nth(2)).ToContainTextAsync("31/02/2014");
        await Expect(page.GetByTestId("import-done")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("import-report-fr");
        await SearchAsync(page, surname);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("0 patients trouvés");

        await page.GoAsync("/patients/import");
        await ImportAsync(page, Csv("28/02/2014"));
        await Expect(page.GetByTestId("import-done")).ToHaveTextAsync("2 patients importés.");
        await Expect(page.GetByTestId("rejected-rows")).ToHaveCountAsync(0);

        await SearchAsync(page, surname);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("2 patients trouvés");
        await Expect(page.GetByTestId("patients")).ToContainTextAsync($"Imane {surname}");
        await Expect(page.GetByTestId("patients")).ToContainTextAsync($"Omar {surname}");
    }

    private static async Task ImportAsync(IPage page, string csv)
    {
        // InputFile starts listening once its script has run, a moment after the page is interactive:
        // a file chosen before that is not read, so choose it again, as a person would.
        var file = new FilePayload { Name = "inscriptions.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) };
        var import = page.GetByTestId("import");
        for (var attempt = 0; attempt < 5 && !await import.IsEnabledAsync(); attempt++)
        {
            await page.Locator("#f-file").SetInputFilesAsync(file);
            await page.WaitForTimeoutAsync(1000);
        }

        await Expect(import).ToBeEnabledAsync();
        await import.ClickAsync();
        await page.GetByTestId("import-done").Or(page.GetByTestId("rejected-rows")).WaitForAsync();
    }

    private static async Task SearchAsync(IPage page, string name)
    {
        await page.GoAsync("/patients");
        await page.Locator("#name").FillAsync(name);
        await page.GetByTestId("search").ClickAsync();
        await page.GetByTestId("result-count").WaitForAsync();
    }
}
