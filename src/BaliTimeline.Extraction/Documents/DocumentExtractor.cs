using BaliTimeline.Facts;
using BaliTimeline.Extraction.Rules;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Turns one document's text into its facts, deterministically: the same text and metadata always give the same
/// facts in the same order. First the document's frame (title, date, the body it is about, the meeting it reports),
/// then every sentence in order: its meetings, then the co-chairs, guides and work plans it states, each resolved
/// from the sentence outward to the document. The rules are general to the genre; nothing here knows a particular document.
/// </summary>
public static class DocumentExtractor
{
    /// <summary>
    /// Raised whenever a rule change alters what the extractor reads from some text. Streams remember the version
    /// that read them, so ingesting an unchanged text with a newer extractor appends the difference, never a rewrite.
    /// </summary>
    public const int Version = 2;

    public static DocumentExtraction Extract(string document, string text, DocumentMetadata? metadata = null)
    {
        var parsed = DocumentText.Parse(text);
        var frame = DocumentFrameReader.Read(parsed, metadata);
        var context = new ExtractionContext(document, parsed, frame);
        MeetingRule.ReadFrame(context);
        var facts = new List<Fact>();
        foreach (var sentence in parsed.Sentences)
        {
            MeetingRule.Read(sentence, context);
            CoChairRule.Read(sentence, context);
            facts.AddRange(GuideRule.Read(sentence, context));
            facts.AddRange(WorkPlanRule.Read(sentence, context));
        }

        facts.AddRange(context.Meetings.Facts());
        facts.AddRange(CoChairRule.Facts(context));
        var ordered = Distinct(facts).OrderBy(f => f.Evidence.Start).ThenBy(f => Rank(f)).ToList();

        var skipped = context.Skipped.ToList();
        if (frame.Header.Date is null) skipped.Insert(0, DocumentSkip("the document's date is not stated, and no metadata gives it", document));
        if (frame.Header.Title is null) skipped.Insert(0, DocumentSkip("the document has no title line, and no metadata gives one", document));
        return new DocumentExtraction(document, frame.Header, ordered, skipped);
    }

    /// <summary>One fact stated several times in a document is one fact: the same product's same status, the same plan's.</summary>
    private static IEnumerable<Fact> Distinct(IEnumerable<Fact> facts) => facts.DistinctBy(f => f switch
    {
        GuideEndorsed g => $"guide|{g.Guide}|Endorsed",
        GuideStatusNoted g => $"guide|{g.Guide}|{g.Status}",
        WorkPlanAdopted w => $"plan|{w.Body}|{w.FirstYear}|{w.LastYear}|Adopted",
        WorkPlanStatusNoted w => $"plan|{w.Body}|{w.FirstYear}|{w.LastYear}|{w.Status}",
        _ => $"{f.GetType().Name}|{f.Evidence.Start}|{f.GetHashCode()}",
    });

    private static int Rank(Fact fact) => fact switch
    {
        MeetingHeld => 0,
        CoChairChanged => 1,
        GuideEndorsed or GuideStatusNoted => 2,
        _ => 3,
    };

    private static SkippedFact DocumentSkip(string reason, string document) => new("document", reason, new Evidence(document, "", 0, 0));
}
