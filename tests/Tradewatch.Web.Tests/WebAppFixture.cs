using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tradewatch.Data.Bundled;
using Tradewatch.Data.Store;

namespace Tradewatch.Web.Tests;

/// <summary>
/// The real web app on a free loopback port, over a temporary store built from the bundled real data (the
/// Comtrade DPRK extract and IMF DOTS) with the bundled rulebooks and articles. One per test class.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    public const string Key = "test-key-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tw-web-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public string StorePath => Path.Combine(_folder, "web.duckdb");

    /// <summary>The repository root, found from this source file (works whatever the build output folder).</summary>
    public static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Tradewatch.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("repo root not found");
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(RepoRoot(), "data");
        using (var store = TradewatchStore.Open(StorePath))
        {
            BundledData.EnsureImported(store, data);
        }
        _app = TradewatchWeb.Build(new WebOptions
        {
            StorePath = StorePath,
            RulebooksPath = Path.Combine(RepoRoot(), "rulebooks"),
            ArticlesFolder = Path.Combine(data, "articles"),
            Urls = "http://127.0.0.1:0",
            ApiKey = Key,
            MaxRequestBytes = 64 * 1024,
        });
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
