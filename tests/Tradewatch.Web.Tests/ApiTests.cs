using System.Net;
using System.Text;
using System.Text.Json;

namespace Tradewatch.Web.Tests;

public sealed class ApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private async Task<JsonDocument> Json(string url)
    {
        var response = await app.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_Should_Answer_200()
    {
        var response = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Flows_Should_Give_The_Ledgers_Figures_With_The_Cli_Field_Names()
    {
        using var json = await Json("/api/flows?from=RUS&to=PRK&period=2016&by=hs2&dataset=comtrade-dprk");

        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("hs").GetString()!, r => r.GetProperty("value_usd").GetDecimal());
        Assert.Equal(57_552_468m, rows["27"]);
        Assert.Equal(10_453m, rows["44"]);
        Assert.Equal("2016-01", json.RootElement.GetProperty("rows")[0].GetProperty("period").GetProperty("start").GetString());
    }

    [Fact]
    public async Task Pairs_Datasets_And_Rules_Should_List_The_Bundled_Data()
    {
        using var pairs = await Json("/api/pairs");
        using var datasets = await Json("/api/datasets");
        using var rules = await Json("/api/rules?at=2018-01-01");

        Assert.Contains(pairs.RootElement.EnumerateArray(), p => p.GetProperty("from").GetString() == "RUS" && p.GetProperty("to").GetString() == "PRK");
        Assert.Equal(new[] { "comtrade-dprk", "imf-dots" }, datasets.RootElement.EnumerateArray().Select(d => d.GetProperty("name").GetString() ?? "").ToArray());
        Assert.Contains(rules.RootElement.EnumerateArray(), m => m.GetProperty("id").GetString() == "UNSCR2397-OP5-refined-petroleum-cap");
    }

    [Theory]
    [InlineData("/api/flows?from=XX&to=PRK", "from")]
    [InlineData("/api/flows?from=RUS&to=PRK&period=2017-13", "period")]
    [InlineData("/api/flows?from=RUS&to=PRK&by=decade", "by")]
    [InlineData("/api/flows?to=PRK", "from")]
    [InlineData("/api/rules?at=yesterday", "at")]
    public async Task Bad_Query_Values_Should_Be_400_Problem_Details_Naming_The_Parameter(string url, string parameter)
    {
        var response = await app.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Extract_Should_Return_A_Claims_Document_For_Posted_Text()
    {
        var text = "Seoul, July 25, 2017 — Russian exports to North Korea amounted to US$48 million in the first five months this year, up 99.6 percent from $24.04 million a year earlier, according to KOTRA.";

        var response = await app.Client.PostAsync("/api/claims/extract", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(json.RootElement.GetProperty("claims").EnumerateArray(), c => c.GetProperty("value").GetDecimal() == 48_000_000m);
    }

    [Fact]
    public async Task Upload_Should_Need_The_Api_Key()
    {
        var without = await app.Client.PostAsync("/api/articles", new StringContent("Trade rose 5% to $10 million.", Encoding.UTF8, "text/plain"));
        using var withKey = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent("Trade rose 5% to $10 million.", Encoding.UTF8, "text/plain") };
        withKey.Headers.Add("X-Api-Key", WebAppFixture.Key);
        var with = await app.Client.SendAsync(withKey);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
    }

    [Fact]
    public async Task Oversized_Uploads_Should_Be_Refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/claims/extract") { Content = new StringContent(new string('x', 200 * 1024), Encoding.UTF8, "text/plain") };

        var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Pages_Should_Carry_A_Content_Security_Policy_And_An_OpenApi_Document_Should_Exist()
    {
        var page = await app.Client.GetAsync("/");
        using var openApi = await Json("/openapi/v1.json");

        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.True(openApi.RootElement.GetProperty("paths").TryGetProperty("/api/flows", out _));
    }

    [Fact]
    public async Task Exposure_Should_Give_A_Range_For_China_Hs27_Imports_From_The_Dprk_In_2016()
    {
        using var json = await Json("/api/exposure?from=PRK&to=CHN&period=2016&dataset=comtrade-dprk");

        var year = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("partial", year.GetProperty("coverage").GetString());
        Assert.Equal(0m, year.GetProperty("banned").GetProperty("min").GetDecimal());
        Assert.True(year.GetProperty("banned").GetProperty("max").GetDecimal() > 0);
        Assert.Contains(year.GetProperty("by_measure").EnumerateArray(), m => m.GetProperty("measure_id").GetString()!.StartsWith("UNSCR2270", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rules_Match_Should_Return_The_2371_Coal_Ban()
    {
        using var json = await Json("/api/rules/match?hs=270112&from=PRK&to=CHN&date=2017-10-01");

        Assert.Contains(json.RootElement.EnumerateArray(), m => m.GetProperty("measure_id").GetString() == "UNSCR2371-OP8-coal-iron-ironore-full-ban" && m.GetProperty("citation").GetString()!.Contains("2371", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Caps_Breaches_And_Mirror_Should_Answer()
    {
        using var caps = await Json("/api/caps?period=2018");
        using var breaches = await Json("/api/breaches?from=PRK&to=CHN&period=2017..2018");
        using var mirror = await Json("/api/mirror?from=RUS&to=PRK&period=2014..2017");

        Assert.Contains(caps.RootElement.EnumerateArray(), c => c.GetProperty("measure_id").GetString() == "UNSCR2397-OP5-refined-petroleum-cap");
        Assert.All(breaches.RootElement.EnumerateArray(), b => Assert.False(string.IsNullOrEmpty(b.GetProperty("citation").GetString())));
        Assert.True(mirror.RootElement.GetProperty("sources").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Check_Should_Compare_A_Posted_Claim_With_The_Ledger()
    {
        var text = "Moscow, February 19, 2021 — Russian exports to North Korea were worth $68 million in 2016, customs data showed.";

        var response = await app.Client.PostAsync("/api/claims/check", new StringContent(text, Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Contains(json.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("reason").GetString()!.Contains("imf-dots", StringComparison.Ordinal));
    }
}
