using Microsoft.Playwright;

namespace DocGen.Browser.Tests.Support;

/// <summary>
/// Screenshots in artifacts/browser-screenshots/ for a person to look at after a run: what the screen shows
/// (<c>name.png</c>) and the whole page (<c>name-full.png</c>).
/// </summary>
internal static class Screenshots
{
    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Repository.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, name + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, name + "-full.png"), FullPage = true });
    }
}
