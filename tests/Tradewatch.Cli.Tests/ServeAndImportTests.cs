using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Tradewatch.Cli.Tests.Support;

namespace Tradewatch.Cli.Tests;

/// <summary>One store, two processes: while <c>tradewatch serve</c> runs, an import on the same store fails at once, naming the server.</summary>
public sealed class ServeAndImportTests
{
    [Fact]
    public async Task An_Import_During_Serve_Should_Fail_At_Once_Naming_The_Server_And_Leave_The_Store_Intact()
    {
        using var dir = new TempFolder();
        var db = dir.File("shared.duckdb");
        var port = FreePort();
        using var server = CliRunner.Start(dir.Path, "--db", db, "serve", "--urls", $"http://127.0.0.1:{port}", "--rulebooks", Path.Combine(CliRunner.RepoRoot(), "rulebooks"));
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitForHealth(http, server);

            var clock = Stopwatch.StartNew();
            var import = CliRunner.Run(dir.Path, "--db", db, "import", "dots", CliRunner.SharedData("trade/imf_dots/imf_dots_dprk_russia_1960_2020.csv"), "--dataset", "second");
            clock.Stop();

            Assert.Equal(1, import.ExitCode);
            Assert.Contains($"is in use by tradewatch serve (pid {server.Id}, http://127.0.0.1:{port}", import.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", import.Stderr, StringComparison.Ordinal);
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"the import took {clock.Elapsed} to give up");
            var datasets = await http.GetStringAsync("/api/datasets");
            Assert.DoesNotContain("\"second\"", datasets, StringComparison.Ordinal);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    private static async Task WaitForHealth(HttpClient http, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(90))
        {
            if (server.HasExited)
            {
                Assert.Fail("serve exited: " + await server.StandardError.ReadToEndAsync());
            }
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            await Task.Delay(200);
        }
        Assert.Fail("serve did not answer /health within 90 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
