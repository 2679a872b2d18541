using System.Reflection;

namespace Tradewatch.Claims.Resources;

/// <summary>Reads the tab-separated gazetteers bundled with the assembly ('#' lines are comments).</summary>
internal static class EmbeddedTable
{
    public static IEnumerable<string[]> Read(string name)
    {
        var assembly = typeof(EmbeddedTable).Assembly;
        using var stream = assembly.GetManifestResourceStream("Tradewatch.Claims.Resources." + name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            rows.Add(line.Split('\t'));
        }
        return rows;
    }
}
