using System.Text.RegularExpressions;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Reads a document's title and date from the lines before its first sentence of prose: the last heading is the
/// title ("## Co-Chairs' Statement" then "### Sixth Annual Meeting ..."), a "Date:" field or a line that is only
/// a date is the date. A document that starts straight with prose takes its date from an opening "On 6 December 2022,".
/// The sidecar fills what the text does not state; the text wins where both do.
/// </summary>
public static partial class DocumentHeaderReader
{
    public static DocumentHeader Read(DocumentText text, DocumentMetadata? metadata)
    {
        var front = text.Sentences.TakeWhile(s => !IsProse(s)).ToArray();
        var title = front.LastOrDefault(s => s.Kind == SentenceKind.Heading && !s.Text.Contains(':') && DateReader.FindAll(s.Text).Count == 0)?.Text;

        var date = front.Select(FrontDate).FirstOrDefault(d => d is not null)
            ?? text.Sentences.Where(IsProse).Take(1).Select(Opening).FirstOrDefault();

        return new DocumentHeader(
            title ?? metadata?.Title,
            title is not null ? ValueSource.Text : metadata?.Title is not null ? ValueSource.Metadata : ValueSource.None,
            date ?? metadata?.Published,
            date is not null ? ValueSource.Text : metadata?.Published is not null ? ValueSource.Metadata : ValueSource.None);
    }

    private static bool IsProse(Sentence s) =>
        s.Kind != SentenceKind.Heading && s.Text.Split(' ').Length >= 8 && s.Text[^1] is '.' or ':' or '"';

    private static PartialDate? FrontDate(Sentence s)
    {
        var field = DateField().Match(s.Text);
        var dates = DateReader.FindAll(s.Text);
        if (field.Success)
        {
            return dates.FirstOrDefault(d => d.Start >= field.Index + field.Length)?.Resolve();
        }
        // A line that is a date ("10 November, 2020") or a dateline ("Adelaide, Australia, 10 February 2023").
        return dates.Count == 1 && dates[0].HasYear && s.Text.Length <= 80 && dates[0].FirstDay is not null ? dates[0].Resolve() : null;
    }

    private static PartialDate? Opening(Sentence s)
    {
        var on = Opening().Match(s.Text);
        return on.Success ? DateReader.FindAll(s.Text).FirstOrDefault(d => d.Start == on.Groups["date"].Index)?.Resolve() : null;
    }

    // Web pages run fields together ("Location: Bangkok, ThailandDate: 14 - 16 May 2018"), so no word boundary.
    [GeneratedRegex(@"(?:\b|(?<=[a-z]))(?:Date|DATE)\s*:\s*")]
    private static partial Regex DateField();

    [GeneratedRegex(@"^(?:On|From|Over)\s+(?<date>\d)")]
    private static partial Regex Opening();
}
