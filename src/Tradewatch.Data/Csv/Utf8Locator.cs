using System.Buffers;
using System.Text.Unicode;

namespace Tradewatch.Data.Csv;

/// <summary>Finds where a stream stops being valid UTF-8, as a 1-based line and byte column.</summary>
internal static class Utf8Locator
{
    public static (long Line, long Column)? FirstInvalid(Stream stream)
    {
        var buffer = new byte[1 << 16];
        var chars = new char[1 << 16];
        long line = 1, column = 1;
        var carry = 0;
        int read;
        while ((read = stream.Read(buffer, carry, buffer.Length - carry)) > 0 || carry > 0)
        {
            var length = carry + read;
            var status = Utf8.ToUtf16(buffer.AsSpan(0, length), chars, out var consumed, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
            for (var i = 0; i < consumed; i++)
            {
                if (buffer[i] == (byte)'\n')
                {
                    line++;
                    column = 1;
                }
                else
                {
                    column++;
                }
            }
            if (status == OperationStatus.InvalidData)
            {
                return (line, column);
            }
            carry = length - consumed;
            Array.Copy(buffer, consumed, buffer, 0, carry);
            if (read == 0)
            {
                break;
            }
        }
        return null;
    }
}
