using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Tradewatch.Cli.Output;
using Tradewatch.Claims;
using Tradewatch.Claims.Intake;
using Tradewatch.Claims.Json;
using Tradewatch.Claims.Ledger;
using Tradewatch.Claims.Store;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary>
/// <c>tradewatch claims extract|check|list</c>: quantitative trade claims in news articles (contracts/claims.md).
/// <c>check</c> also checks them against the ledger and saves what it checked in the store; <c>list</c> shows the store.
/// </summary>
internal static class ClaimsCommand
{
    public static Command Create(CliContext context)
    {
        var claims = new Command("claims", "Extract trade claims from news articles and check them");
        claims.Add(Extract(context));
        claims.Add(Check(context));
        claims.Add(List(context));
        return claims;
    }

    private static Option<string?> DateOption() => new("--date")
    {
        Description = "Publication date YYYY-MM-DD, used for 'this year', 'last year' (default: found in the text)",
    };

    private static Command Extract(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Article: plain text or HTML; '-' reads stdin" };
        var date = DateOption();
        var format = CommonOptions.Format();
        var command = new Command("extract", "The claims document of one article") { file, date, format };
        command.SetAction(parse =>
        {
            var document = ClaimExtractor.Default.Extract(Read(parse.GetValue(file)!, ParseDate(parse.GetValue(date))));
            Print(context, parse.GetValue(format), [document], []);
            return TradewatchCli.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Description = "Articles: plain text or HTML; '-' reads stdin", Arity = ArgumentArity.OneOrMore };
        var date = DateOption();
        var format = CommonOptions.Format();
        var command = new Command("check", "Claims of each article with their own checks, checks against the ledger (--db) and across the articles; saved in the store") { files, date, format };
        command.SetAction(parse =>
        {
            var given = ParseDate(parse.GetValue(date));
            // Read every article before opening the store: a missing file must not leave a half-saved batch behind.
            var articles = parse.GetValue(files)!.Select(f => Read(f, given)).ToList();
            using var store = context.OpenStore(parse);
            var checker = ClaimChecker.Default.WithLedger(new LedgerClaimCheck(store));
            var documents = articles.Select(a => checker.Check(ClaimExtractor.Default.Extract(a))).ToList();
            var cross = checker.CrossCheck(documents);
            ClaimsRepository.Save(store, documents, cross);
            Print(context, parse.GetValue(format), documents, cross, wrapped: true);
            return TradewatchCli.Success;
        });
        return command;
    }

    private static Command List(CliContext context)
    {
        var format = CommonOptions.Format();
        var command = new Command("list", "Articles, claims and checks saved in the store by 'claims check'") { format };
        command.SetAction(parse =>
        {
            using var store = context.OpenStore(parse);
            PrintStored(context, parse.GetValue(format), ClaimsRepository.Load(store));
            return TradewatchCli.Success;
        });
        return command;
    }

    /// <exception cref="InputException">Missing file or an article over the size limit.</exception>
    private static Article Read(string path, DateOnly? date)
    {
        var options = new ArticleReaderOptions { Date = date };
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            return ArticleReader.ReadStream(stdin, "-", options);
        }
        return File.Exists(path)
            ? ArticleReader.ReadFile(path, options)
            : throw new InputException($"{path}: no such file");
    }

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new InputException($"--date: {ErrorMessages.Expected("a date YYYY-MM-DD", text)}");

    private static void Print(CliContext context, OutputFormat format, IReadOnlyList<ClaimsDocument> documents, IReadOnlyList<ClaimCheck> cross, bool wrapped = false)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(wrapped ? ClaimsJson.Serialize(documents, cross) : ClaimsJson.Serialize(documents[0]));
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["file", "id", "kind", "flow", "from", "to", "commodity", "hs", "value", "unit", "period", "source", "quote", "start", "end"],
                    documents.SelectMany(d => d.Claims.Select(c => (IReadOnlyList<string?>)[d.Article.File, Num(c.Id), ClaimsJson.KindName(c.Kind),
                        c.Flow is { } f ? ClaimsJson.FlowName(f) : null, c.From?.Alpha3, c.To?.Alpha3, c.Commodity, c.Hs,
                        c.Value?.ToString(CultureInfo.InvariantCulture), c.Unit, c.Period?.ToString(), c.Source, c.Quote, Num(c.Span.Start), Num(c.Span.End)])));
                break;
            default:
                var console = context.TableConsole();
                foreach (var d in documents)
                {
                    console.MarkupLine($"[bold]{Markup.Escape(d.Article.File ?? "-")}[/] {Markup.Escape(d.Article.Title ?? "")} " +
                        $"({d.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown"}, {d.Article.DateBasis.ToString().ToLowerInvariant()})");
                    var table = new Table().AddColumns("id", "kind", "value", "from → to", "period", "source", "quote");
                    foreach (var c in d.Claims)
                    {
                        table.AddRow(Num(c.Id), ClaimsJson.KindName(c.Kind), Markup.Escape($"{c.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"} {c.Unit}"),
                            $"{c.From?.Alpha3 ?? "?"} → {c.To?.Alpha3 ?? "?"}", c.Period?.ToString() ?? "", Markup.Escape(c.Source ?? ""), Markup.Escape(c.Quote));
                    }
                    console.Write(table);
                    PrintChecks(console, d.Checks);
                }
                PrintChecks(console, cross);
                break;
        }
    }

    private static void PrintStored(CliContext context, OutputFormat format, StoredClaims stored)
    {
        switch (format)
        {
            case OutputFormat.Json:
                context.Out.WriteLine(StoredClaimsJson.Serialize(stored));
                break;
            case OutputFormat.Csv:
                Csv.Write(context.Out, ["article_id", "file", "sha256", "id", "kind", "flow", "from", "to", "commodity", "hs", "value", "unit", "period", "source", "quote", "start", "end"],
                    stored.Articles.SelectMany(a => a.Document.Claims.Select(c => (IReadOnlyList<string?>)[Num(a.Id), a.Document.Article.File, a.Sha256, Num(c.Id),
                        ClaimsJson.KindName(c.Kind), c.Flow is { } f ? ClaimsJson.FlowName(f) : null, c.From?.Alpha3, c.To?.Alpha3, c.Commodity, c.Hs,
                        c.Value?.ToString(CultureInfo.InvariantCulture), c.Unit, c.Period?.ToString(), c.Source, c.Quote, Num(c.Span.Start), Num(c.Span.End)])));
                break;
            default:
                var table = new Table().AddColumns("id", "file", "title", "date", "claims", "consistent", "inconsistent", "cannot check", "checked at");
                foreach (var a in stored.Articles)
                {
                    var d = a.Document;
                    string Count(CheckVerdict v) => Num(d.Checks.Count(c => c.Verdict == v));
                    table.AddRow(Num(a.Id), Markup.Escape(d.Article.File ?? "-"), Markup.Escape(d.Article.Title ?? ""),
                        d.Article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", Num(d.Claims.Count),
                        Count(CheckVerdict.Consistent), Count(CheckVerdict.Inconsistent), Count(CheckVerdict.CannotCheck),
                        a.CheckedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
                }
                table.Caption($"{Num(stored.Articles.Count)} articles, {Num(stored.CrossChecks.Count)} checks across articles");
                context.TableConsole().Write(table);
                context.Out.WriteLine();
                break;
        }
    }

    private static void PrintChecks(IAnsiConsole console, IReadOnlyList<ClaimCheck> checks)
    {
        foreach (var c in checks)
        {
            var colour = c.Verdict switch { CheckVerdict.Inconsistent => "red", CheckVerdict.Consistent => "green", _ => "grey" };
            var docs = c.Documents is { } ds ? $" documents {string.Join(",", ds)}" : "";
            console.MarkupLine($"[{colour}]{c.Verdict.ToString().ToLowerInvariant()}[/] claims {string.Join(",", c.Claims)}{docs}: {Markup.Escape(c.Reason)}");
        }
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
