namespace Tradewatch.Analytics;

/// <summary>Loads the embedded <c>Queries/*.sql</c> files (one query per file, named after what runs it).</summary>
internal static class Sql
{
    private static readonly Dictionary<string, string> s_cache = [];

    public static string Load(string name)
    {
        lock (s_cache)
        {
            if (!s_cache.TryGetValue(name, out var sql))
            {
                using var stream = typeof(Sql).Assembly.GetManifestResourceStream($"Tradewatch.Analytics.Queries.{name}.sql")
                    ?? throw new InvalidOperationException($"query {name}.sql is not embedded");
                using var reader = new StreamReader(stream);
                sql = reader.ReadToEnd();
                s_cache[name] = sql;
            }
            return sql;
        }
    }
}
