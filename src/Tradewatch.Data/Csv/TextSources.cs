using System.IO.Compression;
using System.Text;

namespace Tradewatch.Data.Csv;

/// <summary>Opens input files the way users have them: plain or gzip, UTF-8 (with or without BOM) or Windows-1252.</summary>
public static class TextSources
{
    static TextSources() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1252, the usual encoding of older BACI and Excel-saved files.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>
    /// Strict UTF-8: an invalid byte raises <see cref="DecoderFallbackException"/> instead of turning into U+FFFD,
    /// so that a wrongly encoded file is reported, never silently garbled.
    /// </summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses an encoding option value (utf-8, windows-1252, latin1 …).</summary>
    public static Encoding ParseEncoding(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "utf-8" or "utf8" => StrictUtf8,
        "windows-1252" or "cp1252" or "1252" => Windows1252,
        "latin1" or "iso-8859-1" => Encoding.Latin1,
        _ => Encoding.GetEncoding(name!),
    };

    /// <summary>Opens a file for streaming, transparently decompressing gzip (detected by its magic bytes).</summary>
    public static Stream OpenMaybeGzip(FileStream file)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = file.Read(magic);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b
            ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: false)
            : file;
    }

    /// <summary>A text reader over a stream; a BOM, if present, decides the encoding.</summary>
    public static StreamReader Reader(Stream stream, Encoding encoding) =>
        new(stream, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
}
