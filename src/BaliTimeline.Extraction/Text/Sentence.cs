namespace BaliTimeline.Extraction.Text;

/// <summary>
/// One sentence (or list item, heading or field) of a document. <see cref="Text"/> is normalised for matching
/// (one space for any whitespace, plain quotes and dashes, no markdown emphasis); <see cref="Map"/> takes each
/// of its characters back to its offset in the original document, so a match becomes an exact quote and span.
/// <see cref="Block"/> numbers the paragraph, list item, row or heading the sentence belongs to, in document order.
/// </summary>
public sealed record Sentence(string Text, int[] Map, int Paragraph, SentenceKind Kind, int Block = 0)
{
    public int Start => Map[0];

    public int End => Map[^1] + 1;

    /// <summary>The original span of [start, end) of <see cref="Text"/>.</summary>
    public (int Start, int End) Span(int start, int end) => (Map[start], Map[Math.Max(start, end - 1)] + 1);
}

public enum SentenceKind
{
    Prose,
    /// <summary>A list item, a table row ("date | meeting | venue") or a calendar entry ("5 March - Seventh Meeting ...").</summary>
    ListItem,
    Heading,
    /// <summary>A labelled field of a page or a statement's front matter: "Location: Bangkok", "Co-Chairs: ...".</summary>
    Field,
}
