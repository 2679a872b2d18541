using System.CommandLine;
using Tradewatch.Analytics.Rulebooks;
using Tradewatch.Data.Reference;
using Tradewatch.Data.Store;
using Tradewatch.Rules.Hs;
using Tradewatch.Rules.Model;

namespace Tradewatch.Cli.Commands;

/// <summary>
/// What the analytics commands share: the <c>--rulebooks</c> option (found as <c>rules</c> finds it) and loading
/// the compiled rulebook into the store when the rulebook files changed since the last load.
/// </summary>
internal static class AnalyticsRules
{
    public static Option<string?> Option() => RulesCommand.RulebooksOption();

    /// <summary>Makes the store's rule tables match the rulebooks; returns the validated set when it had to load it (or <paramref name="needSet"/>).</summary>
    public static RulebookSet? Ensure(TradewatchStore store, string? option, bool needSet = false)
    {
        var path = RulesCommand.ResolveRulebooks(option);
        var hash = RuleTables.ContentHash(path);
        if (!needSet && RuleTables.LoadedHash(store) == hash)
        {
            return null;
        }
        var (set, _) = RulesCommand.LoadValid(path);
        RuleTables.Sync(store, set, new DomainNomenclature(HsNomenclatureLoader.Default), hash);
        return set;
    }
}
