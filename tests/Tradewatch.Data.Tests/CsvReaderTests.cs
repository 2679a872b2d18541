using Tradewatch.Data.Csv;

namespace Tradewatch.Data.Tests;

public sealed class CsvReaderTests
{
    /// <summary>Each record as "LINE | field;field | column;column".</summary>
    private static List<string> ReadAll(string text, int bufferSize)
    {
        using var csv = new CsvReader(new StringReader(text), "f.csv", ',', bufferSize);
        var records = new List<string>();
        while (csv.Read())
        {
            records.Add($"{csv.Line} | {string.Join(';', Enumerable.Range(0, csv.FieldCount).Select(csv.GetString))} | {string.Join(';', Enumerable.Range(0, csv.FieldCount).Select(csv.Column))}");
        }
        return records;
    }

    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(64)]
    [InlineData(1 << 16)]
    public void Should_Read_Records_With_Their_Lines_And_Columns_Whatever_The_Buffer_Size(int bufferSize)
    {
        const string text = "t,i,j\r\n2017,\"a,b\",\"say \"\"hi\"\"\"\r\n\r\n2018,\"two\r\nlines\",x\n2019,,\"lone\rcr\"\rlast,row";

        // The blank line 3 is skipped; a quoted field spanning lines keeps its break as LF, and the next field's
        // column counts from the line it is on.
        Assert.Equal(
            [
                "1 | t;i;j | 1;3;5",
                "2 | 2017;a,b;say \"hi\" | 1;6;12",
                "4 | 2018;two\nlines;x | 1;6;8",
                "6 | 2019;;lone\ncr | 1;6;7",
                "8 | last;row | 1;6",
            ],
            ReadAll(text, bufferSize));
    }

    [Fact]
    public void Should_Grow_For_A_Record_Longer_Than_Its_Buffer_And_Keep_The_Raw_Text()
    {
        var longField = new string('x', 1000);
        using var csv = new CsvReader(new StringReader($"a,{longField}\nb,c\n"), "f.csv", ',', 8);

        Assert.True(csv.Read());
        Assert.Equal(longField, csv.GetString(1));
        Assert.Equal($"a,{longField}", csv.RawRecord);
        Assert.True(csv.Read());
        Assert.Equal(2, csv.Line);
        Assert.Equal("b,c", csv.RawRecord);
        Assert.False(csv.Read());
    }

    [Fact]
    public void Should_Take_An_Unclosed_Quote_To_The_End_Of_The_File()
    {
        var records = ReadAll("a,\"open\nb,c\n", 5);

        Assert.Equal("1 | a;open\nb,c | 1;3", Assert.Single(records));
    }
}
