using System.Globalization;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Import;

/// <summary>
/// The integer keys <c>ledger_rows</c> stores for areas and quantity units (schema 003). A unit not seen before gets
/// the next key; it is written by <see cref="SaveNewUnits"/> after the rows (the connection is busy inserting them
/// meanwhile), in the same transaction, so a rolled-back import leaves no trace.
/// </summary>
internal sealed class LedgerKeys
{
    private readonly TradewatchStore _store;
    private readonly Dictionary<string, short> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _units = new(StringComparer.Ordinal);
    private readonly List<(int Key, string Unit)> _newUnits = [];
    private int _lastUnit;

    private LedgerKeys(TradewatchStore store) => _store = store;

    public static LedgerKeys Load(TradewatchStore store)
    {
        var keys = new LedgerKeys(store);
        using (var cmd = store.Command("SELECT code, key FROM areas"))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                keys._areas[reader.GetString(0)] = reader.GetInt16(1);
            }
        }
        using (var cmd = store.Command("SELECT unit, key FROM quantity_units"))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                int key = reader.GetInt16(1);
                keys._units[reader.GetString(0)] = key;
                keys._lastUnit = Math.Max(keys._lastUnit, key);
            }
        }
        return keys;
    }

    /// <summary>The key of an area the catalog resolved; every catalog area is seeded into the store.</summary>
    public short Area(string code) =>
        _areas.TryGetValue(code, out var key) ? key : throw new InvalidOperationException($"area '{code}' is in the catalog but not in this store's areas table");

    /// <summary>The unit's key, 0 for none.</summary>
    public int Unit(string? unit)
    {
        if (unit is null)
        {
            return 0;
        }
        if (!_units.TryGetValue(unit, out var key))
        {
            // Bits 16-30 of the attributes word hold the key.
            key = ++_lastUnit <= short.MaxValue ? _lastUnit : throw new InvalidOperationException("more than 32,767 distinct quantity units in one store");
            _units[unit] = key;
            _newUnits.Add((key, unit));
        }
        return key;
    }

    /// <summary>Writes the units first seen in this import.</summary>
    public void SaveNewUnits()
    {
        foreach (var (key, unit) in _newUnits)
        {
            using var insert = _store.Command("INSERT INTO quantity_units VALUES ($k, $u)", ("k", (short)key), ("u", unit));
            insert.ExecuteNonQuery();
        }
        _newUnits.Clear();
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_areas.Count} areas, {_units.Count} units");
}
