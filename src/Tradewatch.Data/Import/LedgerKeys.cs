using System.Globalization;
using Tradewatch.Data.Store;

namespace Tradewatch.Data.Import;

/// <summary>
/// The integer keys the narrow ledger tables store for areas and quantity units (schema 003). A unit not seen
/// before gets the next key, inserted in the importing transaction so that a rolled-back import leaves no trace.
/// </summary>
internal sealed class LedgerKeys
{
    private readonly TradewatchStore _store;
    private readonly Dictionary<string, short> _areas = new(StringComparer.Ordinal);
    private readonly Dictionary<string, short> _units = new(StringComparer.Ordinal);
    private short _lastUnit;

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
                var key = reader.GetInt16(1);
                keys._units[reader.GetString(0)] = key;
                keys._lastUnit = Math.Max(keys._lastUnit, key);
            }
        }
        return keys;
    }

    /// <summary>The key of an area the catalog resolved; every catalog area is seeded into the store.</summary>
    public short Area(string code) =>
        _areas.TryGetValue(code, out var key) ? key : throw new InvalidOperationException($"area '{code}' is in the catalog but not in this store's areas table");

    public short? Unit(string? unit)
    {
        if (unit is null)
        {
            return null;
        }
        if (!_units.TryGetValue(unit, out var key))
        {
            key = checked(++_lastUnit);
            using var insert = _store.Command("INSERT INTO quantity_units VALUES ($k, $u)", ("k", key), ("u", unit));
            insert.ExecuteNonQuery();
            _units[unit] = key;
        }
        return key;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{_areas.Count} areas, {_units.Count} units");
}
