using System.Globalization;

namespace Tradewatch.Data.Store;

/// <summary>
/// A small file beside the store while <c>tradewatch serve</c> holds it open (<c>STORE.serve</c>), so that another
/// process refused by DuckDB's file lock can say *who* holds it instead of printing a lock error.
/// </summary>
public static class ServeMarker
{
    public static string PathFor(string storePath) => storePath + ".serve";

    public static void Write(string markerPath, string urls) =>
        File.WriteAllText(markerPath, string.Create(CultureInfo.InvariantCulture, $"tradewatch serve (pid {Environment.ProcessId}, {urls}, since {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)"));

    public static void Delete(string markerPath)
    {
        try
        {
            File.Delete(markerPath);
        }
        catch (IOException)
        {
            // a stale marker only makes a later message less precise
        }
    }

    /// <summary>Who holds the store, if a server said so.</summary>
    public static string? Read(string storePath)
    {
        try
        {
            var marker = PathFor(storePath);
            return File.Exists(marker) ? File.ReadAllText(marker).Trim() : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
