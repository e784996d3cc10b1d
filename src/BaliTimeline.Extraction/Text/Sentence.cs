namespace BaliTimeline.Extraction.Text;

/// <summary>
/// One sentence (or list item, or heading) of a document. <see cref="Text"/> is normalised for matching
/// (one space for any whitespace, plain quotes and dashes, no markdown emphasis); <see cref="Map"/> takes each
/// of its characters back to its offset in the original document, so a match becomes an exact quote and span.
/// </summary>
public sealed record Sentence(string Text, int[] Map, int Paragraph, SentenceKind Kind)
{
    public int Start => Map[0];

    public int End => Map[^1] + 1;
}

public enum SentenceKind
{
    Prose,
    ListItem,
    Heading,
}
