using Tradewatch.Data.Csv;
using Tradewatch.Domain;

namespace Tradewatch.Data.Import;

/// <summary>Finds a format's columns in a header row by any of their accepted names (case-insensitive).</summary>
internal sealed class Columns
{
    private readonly Dictionary<string, int> _index;
    private readonly string _fileName;

    private Columns(Dictionary<string, int> index, string fileName)
    {
        _index = index;
        _fileName = fileName;
    }

    public static Columns FromHeader(CsvReader csv)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            index.TryAdd(csv.GetString(i).Trim(), i);
        }
        return new Columns(index, csv.FileName);
    }

    public static Columns FromNames(IEnumerable<string> names, string fileName)
    {
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        foreach (var n in names)
        {
            index.TryAdd(n, i++);
        }
        return new Columns(index, fileName);
    }

    /// <summary>The index of the first name present, or -1.</summary>
    public int Find(params string[] names)
    {
        foreach (var n in names)
        {
            if (_index.TryGetValue(n, out var i))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The index of a required column; a missing column is an error at the header line.</summary>
    public int Require(List<InputError> errors, params string[] names)
    {
        var i = Find(names);
        if (i < 0)
        {
            errors.Add(new InputError(new SourceLocation(_fileName, 1, 1),
                $"expected a column named {string.Join(" or ", names.Select(n => $"'{n}'"))} in the header, found none"));
        }
        return i;
    }
}
