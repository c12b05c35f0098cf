using Microsoft.Playwright;

namespace DocGen.Browser.Tests.Support;

/// <summary>
/// One service and one headless Debian chromium for all browser tests; every test gets its own browser
/// context, so local drafts and downloads never leak from one test into another.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's package (scripts/install-browser-deps.sh); Playwright's own browser downloads are never used.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public DocGenServer Server { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"{Chromium} is missing: run scripts/install-browser-deps.sh");
        Server.Start();
        // On a loaded machine (two cores, several test runs) a page takes seconds to build itself; Playwright's 5 s
        // for an assertion made correct pages fail. Every wait is a condition, so a longer limit costs nothing when fast.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>
    /// A fresh context (empty local storage) at a screen size: 1280×800 for a desktop, 375×800 for a phone; on
    /// <paramref name="server"/> when given, else on the shared service.
    /// </summary>
    public async Task<IPage> OpenAsync(string path, int width = 1280, int height = 800, DocGenServer? server = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (server ?? Server).BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "zh-CN",
            TimezoneId = "Asia/Shanghai",
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") problems.Add(message.Text); };
        page.PageError += (_, error) => problems.Add(error);
        PageProblems[page] = problems;
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>Script errors and console errors a page reported (a CSP violation shows up here too).</summary>
    public Dictionary<IPage, List<string>> PageProblems { get; } = [];

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
