using System.CommandLine;
using Tradewatch.Cli.Output;
using Tradewatch.Data.Queries;
using Tradewatch.Data.Reference;
using Tradewatch.Domain;

namespace Tradewatch.Cli.Commands;

/// <summary>Options shared by the query commands, and parsing of their values into domain types.</summary>
internal static class CommonOptions
{
    public static Option<OutputFormat> Format() => new("--format")
    {
        Description = "Output format: table (default), json or csv",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    public static Option<string[]> Datasets() => new("--dataset")
    {
        Description = "Restrict to this dataset (repeatable)",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    public static Option<string> Country(string name, string description) => new(name) { Description = description, Required = true };

    public static Option<string?> Period() => new("--period")
    {
        Description = "2017, 2017-03, 2017Q1, 2017-01..2017-05 or 2015..2019",
    };

    public static Option<SideChoice> Side() => new("--side")
    {
        Description = "Whose declarations: exporter, importer or auto (exporter's where reported, else the importer's)",
        DefaultValueFactory = _ => SideChoice.Auto,
    };

    /// <summary>The analytics' <c>--hs</c>: only goods under a prefix of 2 to 6 digits (see <see cref="ParseHsPrefix"/>).</summary>
    public static Option<string?> HsPrefix() => new("--hs") { Description = "Only goods under this HS prefix (e.g. 27)" };

    /// <summary>Parses an optional <see cref="HsPrefix"/> value: 2 to 6 digits, trimmed.</summary>
    /// <exception cref="InputException">Not 2 to 6 digits.</exception>
    public static string? ParseHsPrefix(string? text)
    {
        var prefix = text?.Trim();
        return prefix is null || (prefix.Length is >= 2 and <= 6 && prefix.All(char.IsAsciiDigit))
            ? prefix
            : throw new InputException($"--hs: {ErrorMessages.Expected("an HS prefix of 2 to 6 digits", prefix)}");
    }

    /// <summary>Resolves a country option: alpha-3, alpha-2, M49 number or name.</summary>
    /// <exception cref="InputException">Unknown country.</exception>
    public static CountryCode ParseCountry(string option, string? text)
    {
        var info = CountryCatalogLoader.Default.Resolve(text)
            ?? throw new InputException($"{option}: {ErrorMessages.Expected(ErrorMessages.KnownCountry, text)}");
        return info.IsAggregate
            ? throw new InputException($"{option}: '{text}' is an aggregate ({info.Name}), not a country")
            : info.Code;
    }

    /// <summary>Parses an optional period option.</summary>
    /// <exception cref="InputException">Malformed period.</exception>
    public static Period? ParsePeriod(string option, string? text) =>
        text is null ? null
        : Domain.Period.TryParse(text, out var p) ? p
        : throw new InputException($"{option}: {ErrorMessages.Expected(ErrorMessages.Period, text)}");
}
