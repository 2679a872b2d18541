using Tradewatch.Data.Store;

namespace Tradewatch.Data.Queries;

/// <summary>
/// The <c>chosen_flows(...)</c> table macro (<c>Queries/ChosenFlows.sql</c>): the dataset, side and HS-level
/// policy every ledger query follows. Defined per connection (a TEMP macro), so a change of policy ships with the
/// binary and never needs a store migration.
/// </summary>
public static class ChosenFlows
{
    /// <summary>Defines (or redefines) the macro on the store's connection. Cheap; call before each query that uses it.</summary>
    public static void Define(TradewatchStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var cmd = store.Command(Sql.Load("ChosenFlows"));
        cmd.ExecuteNonQuery();
    }
}
