using Microsoft.Playwright;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>What the equipment browser tests share: a region no other test puts chairs or waiting children in, so the screens' lists are predictable.</summary>
internal static class EquipmentScreens
{
    public const string Region = "draa-tafilalet";

    /// <summary>The stock screen narrowed to one location (its option reads "name · region").</summary>
    public static async Task ShowLocationAsync(this IPage page, string locationName)
    {
        await page.Locator("#filter-location").SelectOptionAsync(new SelectOptionValue { Label = $"{locationName} · {Region}" });
        await page.GetByTestId("stock-search").ClickAsync();
    }
}
