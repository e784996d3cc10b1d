using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// The clause that follows a mention, up to the next comma, semicolon or coordinated verb: "endorsed by the Ad Hoc
/// Group in 2022" dates the endorsement; "... and would be published in August 2018" does not.
/// </summary>
public static partial class Clauses
{
    public static string Following(string text)
    {
        var end = End().Match(text);
        return end.Success ? text[..end.Index] : text;
    }

    /// <summary>The date the clause after a mention states, with its year completed from the document if need be.</summary>
    public static (PartialDate Date, DateBasis Basis)? StatedDate(string after, ExtractionContext context) =>
        DateReader.FindAll(Following(after)).FirstOrDefault() is { } mention ? context.Resolve(mention) : null;

    [GeneratedRegex(@"[;:]|,\s|\s+(?:and|but|while|which|who|where)\s+(?:(?:would|will|was|were|is|are|has|have|had|also)\b|[a-z]+ed\b)")]
    private static partial Regex End();
}
