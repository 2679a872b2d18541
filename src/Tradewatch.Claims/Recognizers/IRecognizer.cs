namespace Tradewatch.Claims.Recognizers;

/// <summary>One step of the extraction pipeline: finds one sort of thing in the text and records it.</summary>
public interface IRecognizer
{
    /// <summary>Adds what it finds to <paramref name="context"/>. Must not throw on any text.</summary>
    void Recognize(RecognitionContext context);
}
