using System.Globalization;
using System.Text;
using Tradewatch.Faces.Rendering;

namespace Tradewatch.Faces.Charts;

/// <summary>
/// Small, dependency-free SVG charts. The same markup goes into the self-contained report and the web dashboard;
/// every mark carries a <c>&lt;title&gt;</c> (hover text with the value and its provenance) and data attributes.
/// </summary>
public static class SvgChart
{
    private const int Width = 760;
    private const int Height = 300;
    private const int Left = 80;
    private const int Right = 20;
    private const int Top = 20;
    private const int Bottom = 40;

    /// <summary>Bars per category, series stacked on each other (e.g. trade by year, stacked by dataset or status).</summary>
    public static string StackedBars(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var totals = categories.Select((_, i) => series.Sum(s => s.Values[i] ?? 0m)).ToList();
        var max = Nice(totals.DefaultIfEmpty(0m).Max());
        var sb = Open(id, title, "bars");
        Axes(sb, categories, max);
        var slot = (Width - Left - Right) / (double)Math.Max(1, categories.Count);
        for (var i = 0; i < categories.Count; i++)
        {
            var y = (double)Height - Bottom;
            foreach (var s in series)
            {
                if (s.Values[i] is not decimal v || v <= 0)
                {
                    continue;
                }
                var h = Scale(v, max);
                y -= h;
                sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{Html.Attr(s.CssClass)}\" x=\"{Left + (i * slot) + (slot * 0.15):F1}\" y=\"{y:F1}\" width=\"{slot * 0.7:F1}\" height=\"{h:F1}\" data-category=\"{Html.Attr(categories[i])}\" data-series=\"{Html.Attr(s.Name)}\" data-value=\"{v.ToString(CultureInfo.InvariantCulture)}\">");
                sb.Append("<title>").Enc($"{s.Name}, {categories[i]}: {Html.Usd(v)}{Suffix(s, i)}").Append("</title></rect>");
            }
        }
        Legend(sb, series);
        return Close(sb);
    }

    /// <summary>One line per series over the categories, with a marker per value (source-vs-source comparisons).</summary>
    public static string Lines(string id, string title, IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series)
    {
        var max = Nice(series.SelectMany(s => s.Values).Select(v => v ?? 0m).DefaultIfEmpty(0m).Max());
        var sb = Open(id, title, "lines");
        Axes(sb, categories, max);
        var slot = (Width - Left - Right) / (double)Math.Max(1, categories.Count);
        foreach (var s in series)
        {
            var points = new List<string>();
            for (var i = 0; i < categories.Count; i++)
            {
                if (s.Values[i] is not decimal v)
                {
                    if (points.Count > 1)
                    {
                        sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{Html.Attr(s.CssClass)}\" points=\"{string.Join(' ', points)}\"/>");
                    }
                    points.Clear();
                    continue;
                }
                var x = Left + (i * slot) + (slot / 2);
                var y = Height - Bottom - Scale(v, max);
                points.Add(string.Create(CultureInfo.InvariantCulture, $"{x:F1},{y:F1}"));
                sb.Append(CultureInfo.InvariantCulture, $"<circle class=\"{Html.Attr(s.CssClass)}\" cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"4\" data-category=\"{Html.Attr(categories[i])}\" data-series=\"{Html.Attr(s.Name)}\" data-value=\"{v.ToString(CultureInfo.InvariantCulture)}\">");
                sb.Append("<title>").Enc($"{s.Name}, {categories[i]}: {Html.Usd(v)}{Suffix(s, i)}").Append("</title></circle>");
            }
            if (points.Count > 1)
            {
                sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{Html.Attr(s.CssClass)}\" points=\"{string.Join(' ', points)}\"/>");
            }
        }
        Legend(sb, series);
        return Close(sb);
    }

    /// <summary>Horizontal bars from a start to an end date (measures in force), each labelled and cited.</summary>
    public static string Timeline(string id, string title, IReadOnlyList<TimelineBar> bars, DateOnly from, DateOnly to)
    {
        const int row = 18;
        var height = Top + Bottom + (bars.Count * row);
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart timeline\" id=\"{Html.Attr(id)}\"><figcaption>").Enc(title)
          .Append(CultureInfo.InvariantCulture, $"</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"img\">");
        var span = Math.Max(1, to.DayNumber - from.DayNumber);
        double X(DateOnly d) => 260 + ((Width - 260 - Right) * (double)(Math.Clamp(d.DayNumber, from.DayNumber, to.DayNumber) - from.DayNumber) / span);
        for (var year = from.Year; year <= to.Year; year++)
        {
            var x = X(new DateOnly(year, 1, 1));
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x:F1}\" y1=\"{Top}\" x2=\"{x:F1}\" y2=\"{height - Bottom}\"/><text class=\"tick\" x=\"{x:F1}\" y=\"{height - Bottom + 14}\">{year}</text>");
        }
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = Top + (i * row);
            var x1 = X(b.Start);
            var x2 = X(b.End ?? to);
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"4\" y=\"{y + 12}\">").Enc(b.Label).Append("</text>");
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{Html.Attr(b.CssClass)}\" x=\"{x1:F1}\" y=\"{y + 2}\" width=\"{Math.Max(2, x2 - x1):F1}\" height=\"{row - 5}\" data-measure=\"{Html.Attr(b.Id)}\">");
            sb.Append("<title>").Enc(b.Tooltip).Append("</title></rect>");
        }
        return sb.Append("</svg></figure>").ToString();
    }

    private static StringBuilder Open(string id, string title, string kind)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart {kind}\" id=\"{Html.Attr(id)}\"><figcaption>").Enc(title)
          .Append(CultureInfo.InvariantCulture, $"</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height + 48}\" role=\"img\">");
        return sb;
    }

    private static string Close(StringBuilder sb) => sb.Append("</svg></figure>").ToString();

    private static void Axes(StringBuilder sb, IReadOnlyList<string> categories, decimal max)
    {
        for (var k = 0; k <= 4; k++)
        {
            var value = max * k / 4;
            var y = Height - Bottom - Scale(value, max);
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{y:F1}\" x2=\"{Width - Right}\" y2=\"{y:F1}\"/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y + 4:F1}\" text-anchor=\"end\">").Enc(Short(value)).Append("</text>");
        }
        var slot = (Width - Left - Right) / (double)Math.Max(1, categories.Count);
        var every = Math.Max(1, (int)Math.Ceiling(categories.Count / 16.0));
        for (var i = 0; i < categories.Count; i += every)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left + (i * slot) + (slot / 2):F1}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">").Enc(categories[i]).Append("</text>");
        }
    }

    private static void Legend(StringBuilder sb, IReadOnlyList<ChartSeries> series)
    {
        var x = (double)Left;
        var y = Height + 8;
        foreach (var s in series)
        {
            var width = 28 + (s.Name.Length * 6.5);
            if (x + width > Width && x > Left)
            {
                x = Left; // wrap to a second legend row rather than run off the chart
                y += 18;
            }
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"{Html.Attr(s.CssClass)}\" x=\"{x:F0}\" y=\"{y}\" width=\"12\" height=\"12\"/><text class=\"legend\" x=\"{x + 16:F0}\" y=\"{y + 10}\">").Enc(s.Name).Append("</text>");
            x += width;
        }
    }

    private static string Suffix(ChartSeries s, int i) => s.Provenance?[i] is { } p ? " — " + p : "";

    private static double Scale(decimal value, decimal max) => max <= 0 ? 0 : (double)(value / max) * (Height - Top - Bottom);

    private static decimal Nice(decimal max)
    {
        if (max <= 0)
        {
            return 1;
        }
        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max)));
        foreach (var step in new[] { 1m, 2m, 2.5m, 5m, 10m })
        {
            if (step * magnitude >= max)
            {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static string Short(decimal v) => v switch
    {
        >= 1_000_000_000m => (v / 1_000_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " bn",
        >= 1_000_000m => (v / 1_000_000m).ToString("0.#", CultureInfo.InvariantCulture) + " m",
        >= 1_000m => (v / 1_000m).ToString("0.#", CultureInfo.InvariantCulture) + " k",
        _ => v.ToString("0.#", CultureInfo.InvariantCulture),
    };
}

/// <summary>One bar of a timeline.</summary>
public sealed record TimelineBar(string Id, string Label, DateOnly Start, DateOnly? End, string CssClass, string Tooltip);
