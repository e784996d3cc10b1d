using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Names;
using BaliTimeline.Extraction.Rules;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Turns one document's text into its facts, deterministically: the same text and metadata always give the same
/// facts in the same order. The rules are general to the genre (meeting reports, co-chairs' statements, outcome
/// lists); nothing here knows a particular document.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>
    /// Raised whenever a rule change alters what the extractor reads from some text. Streams remember the version
    /// that read them, so ingesting an unchanged text with a newer extractor appends the difference, never a rewrite.
    /// </summary>
    public const int Version = 1;

    public static DocumentExtraction Extract(string document, string text, DocumentMetadata? metadata = null)
    {
        var parsed = DocumentText.Parse(text);
        var header = DocumentHeaderReader.Read(parsed, metadata);
        var context = new ExtractionContext(document, parsed, header, GuideAbbreviations.Read(parsed));
        var facts = new List<Fact>();

        foreach (var sentence in parsed.Sentences)
        {
            context.ListSubject = sentence.Kind != SentenceKind.ListItem ? null
                : sentence.Text.EndsWith(':') ? BodyNames.Table.FindFirst(sentence.Text)?.Canonical
                : context.ListSubject;

            var meetings = MeetingRule.Read(sentence, context).ToArray();
            context.Read(meetings);
            facts.AddRange(meetings);
            facts.AddRange(CoChairRule.Read(sentence, context));
            facts.AddRange(GuideRule.Read(sentence, context));
            facts.AddRange(WorkPlanRule.Read(sentence, context));
        }

        var skipped = context.Skipped.ToList();
        if (header.Date is null) skipped.Insert(0, DocumentSkip("the document's date is not stated, and no metadata gives it", document));
        if (header.Title is null) skipped.Insert(0, DocumentSkip("the document has no title line, and no metadata gives one", document));
        return new DocumentExtraction(document, header, facts, skipped);
    }

    private static SkippedFact DocumentSkip(string reason, string document) => new("document", reason, new Evidence(document, "", 0, 0));
}
