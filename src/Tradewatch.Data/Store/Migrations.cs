using System.Data.Common;
using System.Reflection;

namespace Tradewatch.Data.Store;

/// <summary>
/// Applies the numbered scripts in <c>Schema/NNN_name.sql</c> that the store has not seen yet, each in its own
/// transaction, recording them in <c>schema_version</c>.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Tradewatch.Data.Schema.";

    public static IReadOnlyList<(int Version, string Name)> Available { get; } =
        typeof(Migrations).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^4])
            .Select(n => (int.Parse(n[..3], System.Globalization.CultureInfo.InvariantCulture), n))
            .OrderBy(m => m.Item1)
            .ToList();

    public static int Apply(DbConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        var current = Convert.ToInt32(Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version"), System.Globalization.CultureInfo.InvariantCulture);
        var applied = 0;
        foreach (var (version, name) in Available.Where(m => m.Version > current))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, Load(name));
            using (var cmd = connection.CreateCommand())
            {
                cmd.CommandText = "INSERT INTO schema_version VALUES ($v, $n, now())";
                Parameter(cmd, "v", version);
                Parameter(cmd, "n", name);
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            applied++;
        }
        return applied;
    }

    internal static string Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Prefix + name + ".sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static void Execute(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    internal static object? Scalar(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    internal static void Parameter(DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
    }
}
