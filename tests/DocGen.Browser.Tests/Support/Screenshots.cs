using Microsoft.Playwright;

namespace DocGen.Browser.Tests.Support;

/// <summary>
/// Screenshots in artifacts/browser-screenshots/ for a person to look at after a run: what the screen shows
/// (<c>name.png</c>) and the whole page (<c>name-full.png</c>).
/// </summary>
internal static class Screenshots
{
    /// <param name="wholePage">False for pages tens of thousands of pixels tall (a 24-page report), whose whole-page picture nobody can read.</param>
    public static async Task TakeAsync(IPage page, string name, bool wholePage = true)
    {
        Directory.CreateDirectory(Repository.Screenshots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, name + ".png"), Timeout = 120_000 });
        if (wholePage)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repository.Screenshots, name + "-full.png"), FullPage = true, Timeout = 120_000 });
    }
}
