using Microsoft.Playwright;

namespace PatientNetwork.IntegrationTests.Equipment;

/// <summary>What the equipment browser tests share: a region no other test puts chairs or waiting children in, so the screens' lists are predictable.</summary>
internal static class EquipmentScreens
{
    public const string Region = "draa-tafilalet";

    /// <summary>How the French screens name <see cref="Region"/>.</summary>
    public const string RegionInFrench = "Drâa-Tafilalet";

    /// <summary>The stock screen narrowed to one location.</summary>
    public static async Task ShowLocationAsync(this IPage page, string locationName)
    {
        await page.ChooseLocationAsync("#filter-location", locationName);
        await page.GetByTestId("stock-search").ClickAsync();
    }

    /// <summary>Picks a location by its name: its option reads "name · region", the region in the page's language.</summary>
    public static async Task ChooseLocationAsync(this IPage page, string select, string locationName)
    {
        var value = await page.Locator($"{select} option", new() { HasText = $"{locationName} · " }).GetAttributeAsync("value");
        await page.Locator(select).SelectOptionAsync(value!);
    }
}
