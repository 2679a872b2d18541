using Microsoft.Playwright;

namespace Tradewatch.Web.Tests;

/// <summary>
/// End-to-end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright; no browser download):
/// the dashboard over the bundled real data, filtering, uploads, hostile article text, and the report file.
/// </summary>
public sealed class BrowserTests(WebAppFixture app) : IClassFixture<WebAppFixture>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    [Fact]
    public async Task Dashboard_Should_Load_With_Data_And_A_Rendered_Chart()
    {
        var page = await _browser.NewPageAsync();

        await page.GotoAsync(new Uri(app.BaseAddress, "/?from=RUS&to=PRK&period=2014..2020").ToString());

        Assert.Contains("Russia", await page.TitleAsync(), StringComparison.Ordinal);
        var bars = await page.Locator("#chart-trade svg rect[data-value]").CountAsync();
        Assert.True(bars >= 7, $"expected a bar per year, found {bars}");
        var box = await page.Locator("#chart-trade svg").BoundingBoxAsync();
        Assert.True(box is { Width: > 100, Height: > 50 });
        Assert.Equal("57552468", await page.Locator("#chart-trade rect[data-category='2016'][data-series='HS 27']").GetAttributeAsync("data-value"));
    }

    [Fact]
    public async Task Choosing_A_Dataset_Should_Filter_The_Source_Chart()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/?from=RUS&to=PRK&period=2014..2020").ToString());
        var before = await page.Locator("#chart-sources circle[data-series]").CountAsync();

        await page.SelectOptionAsync("select[name=dataset]", "imf-dots");
        await page.ClickAsync("#pair-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("dataset=imf-dots", StringComparison.Ordinal));

        var series = await page.Locator("#chart-sources circle[data-series]").EvaluateAllAsync<string[]>("els => [...new Set(els.map(e => e.getAttribute('data-series')))]");
        Assert.Contains("imf-dots", series);
        Assert.DoesNotContain("comtrade-dprk", series);
        Assert.True(before > await page.Locator("#chart-sources circle[data-series]").CountAsync());
    }

    [Fact]
    public async Task Clicking_A_Measure_Should_Filter_The_Measure_Table()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/?from=PRK&to=CHN&period=2015..2018").ToString());
        var all = await page.Locator("#table-measures tr[data-measure]:visible").CountAsync();

        await page.Locator("#chart-measures rect[data-measure='UNSCR2371-OP8-coal-iron-ironore-full-ban']").ClickAsync();

        Assert.True(all > 5);
        Assert.Equal(1, await page.Locator("#table-measures tr[data-measure]:visible").CountAsync());
        Assert.Contains("UNSCR2371-OP8-coal-iron-ironore-full-ban", await page.Locator("#filter-note").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Uploaded_Article_Should_Show_Its_Claims_Highlighted_And_Its_Payloads_Inert()
    {
        var page = await _browser.NewPageAsync();
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GotoAsync(new Uri(app.BaseAddress, "/articles").ToString());

        await page.FillAsync("#upload-form textarea[name=text]",
            "Seoul, July 25, 2017 — Russian exports to North Korea rose 20% to $42 million from $32 million in the first four months. "
            + "<script>window.__pwned = 1; alert(1)</script><img src=x onerror=\"window.__pwned = 2; alert(2)\">");
        await page.FillAsync("#upload-form input[name=api_key]", WebAppFixture.Key);
        await page.ClickAsync("#upload-form button[type=submit]");
        await page.WaitForURLAsync(url => url.Contains("/articles/", StringComparison.Ordinal));

        var marks = await page.Locator("mark.claim").AllInnerTextsAsync();
        Assert.Contains("$42 million", marks);
        Assert.Contains("$32 million", marks);
        Assert.True(await page.Locator("mark.claim.inconsistent").CountAsync() > 0, "20% does not fit 42/32: the growth is marked inconsistent");
        Assert.Contains("<script>window.__pwned = 1", await page.Locator("pre.text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("article img").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__pwned ?? null"));
        Assert.Equal(0, dialogs);
    }

    [Fact]
    public async Task The_Report_Should_Open_From_Disk_And_Render()
    {
        var folder = Path.Combine(Path.GetTempPath(), "tw-report-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "report.html");
        using (var store = Data.Store.TradewatchStore.Open(Path.Combine(folder, "r.duckdb")))
        {
            Data.Bundled.BundledData.EnsureImported(store, Path.Combine(WebAppFixture.RepoRoot(), "data"));
            var (rules, errors) = Rules.Validation.RulebookValidator.LoadAndValidate(Path.Combine(WebAppFixture.RepoRoot(), "rulebooks"), null);
            Assert.Empty(errors);
            Analytics.Rulebooks.RuleTables.Sync(store, rules, new Rules.Hs.DomainNomenclature(Data.Reference.HsNomenclatureLoader.Default),
                Analytics.Rulebooks.RuleTables.ContentHash(Path.Combine(WebAppFixture.RepoRoot(), "rulebooks")));
            var report = Faces.Report.PairReportBuilder.Build(store, Domain.CountryCode.Parse("RUS"), Domain.CountryCode.Parse("PRK"), Domain.Period.Years(2014, 2020), rules,
                Faces.Report.PairReportBuilder.ReadArticles(Path.Combine(WebAppFixture.RepoRoot(), "data", "articles")));
            await File.WriteAllTextAsync(file, Faces.Report.ReportPage.Render(report, DateTimeOffset.UtcNow));
        }
        var page = await _browser.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        var shot = Path.Combine(folder, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = shot, FullPage = true });

        Assert.All(requests, u => Assert.StartsWith("file://", u, StringComparison.Ordinal));
        Assert.True(await page.Locator("#chart-trade svg rect[data-value]").CountAsync() >= 7);
        Assert.True(await page.Locator("#chart-measures svg rect[data-measure]").CountAsync() > 10);
        Assert.True(await page.Locator("#table-datasets tbody tr").CountAsync() == 2);
        // Chapter-level data against heading-level measures: nothing is certainly banned, so the status chart must
        // draw the uncertain part as a range, never as banned or as unrestricted.
        Assert.True(await page.Locator("#chart-status svg rect.range[data-value]").CountAsync() >= 3, "ranges drawn as ranges");
        Assert.Equal(0, await page.Locator("#chart-status svg rect.ban[data-value]").CountAsync());
        Assert.True(await page.Locator("#table-caps tbody tr").CountAsync() > 0);
        Assert.True(await page.Locator("#chart-composition svg rect[data-value]").CountAsync() > 0, "composition by HS section drawn");
        Assert.True(await page.Locator("#table-composition .badge[data-measure]").CountAsync() > 0, "top goods carry measure badges");
        Assert.Contains("USD", await page.Locator("#summary").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(new FileInfo(shot).Length > 20_000, "the screenshot shows a rendered page");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_Rulebook_Browser_Should_Show_A_Timeline_And_Filter_By_Measure()
    {
        var page = await _browser.NewPageAsync();
        await page.GotoAsync(new Uri(app.BaseAddress, "/rules").ToString());

        Assert.True(await page.Locator("#chart-measures svg rect[data-measure]").CountAsync() > 40);
        await page.Locator("#chart-measures rect[data-measure='UNSCR2397-OP5-refined-petroleum-cap']").ClickAsync();

        Assert.Equal(1, await page.Locator("#table-measures tr[data-measure]:visible").CountAsync());
        Assert.Contains("UNSC Resolution 2397", await page.Locator("#table-measures tr[data-measure]:visible").InnerTextAsync(), StringComparison.Ordinal);
    }
}
