using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Tradewatch.Faces.Rendering;

/// <summary>
/// Writing HTML safely: every piece of text that came from data (CSV cells, rulebook strings, article text) goes
/// through <see cref="Text"/> or <see cref="Attr"/>; markup is only ever written by this code.
/// </summary>
public static class Html
{
    private static readonly HtmlEncoder s_encoder = HtmlEncoder.Default;

    /// <summary>Text content, encoded.</summary>
    public static string Text(string? text) => text is null ? "" : s_encoder.Encode(text);

    /// <summary>An attribute value, encoded (the caller writes the quotes).</summary>
    public static string Attr(string? text) => Text(text);

    public static StringBuilder Enc(this StringBuilder sb, string? text) => sb.Append(Text(text));

    /// <summary>US dollars with a stated scale, for reading: USD 57.6 million, USD 10,453.</summary>
    public static string Usd(decimal value) => value switch
    {
        >= 1_000_000_000m or <= -1_000_000_000m => string.Create(CultureInfo.InvariantCulture, $"USD {value / 1_000_000_000m:0.##} billion"),
        >= 1_000_000m or <= -1_000_000m => string.Create(CultureInfo.InvariantCulture, $"USD {value / 1_000_000m:0.#} million"),
        _ => string.Create(CultureInfo.InvariantCulture, $"USD {value:N0}"),
    };

    /// <summary>A whole number with thousands separators.</summary>
    public static string Number(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage with one decimal.</summary>
    public static string Percent(decimal share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
