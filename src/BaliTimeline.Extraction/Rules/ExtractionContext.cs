using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Facts;
using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// What the rules may know beyond the sentence in front of them: the document's header, the meetings already
/// read, the guide last named, the body a list introduces, and the document's own abbreviations.
/// </summary>
public sealed class ExtractionContext(string document, DocumentText text, DocumentHeader header, IReadOnlyDictionary<string, string> guideAbbreviations)
{
    private readonly List<SkippedFact> skipped = [];

    public string Document { get; } = document;

    public DocumentHeader Header { get; } = header;

    /// <summary>Abbreviations the document defines for guides ("... Supply Chains (Compendium)"), to their canonical names.</summary>
    public IReadOnlyDictionary<string, string> GuideAbbreviations { get; } = guideAbbreviations;

    /// <summary>The first meeting the document reports: "members agreed ..." sentences speak of it.</summary>
    public MeetingHeld? PrincipalMeeting { get; private set; }

    public MeetingHeld? LastMeeting { get; private set; }

    /// <summary>Meetings read from the current sentence, for rules that run after the meeting rule.</summary>
    public IReadOnlyList<MeetingHeld> MeetingsInSentence { get; private set; } = [];

    public string? LastGuide { get; set; }

    /// <summary>The body named by a list item ending in ':' ("The Working Group on Trafficking in Persons:"), for its sub-items.</summary>
    public string? ListSubject { get; set; }

    public IReadOnlyList<SkippedFact> Skipped => skipped;

    public Evidence Evidence(Sentence sentence) => new(Document, text.Quote(sentence.Start, sentence.End), sentence.Start, sentence.End);

    public void Skip(string rule, string reason, Sentence sentence) => skipped.Add(new SkippedFact(rule, reason, Evidence(sentence)));

    internal void Read(IReadOnlyList<MeetingHeld> meetings)
    {
        MeetingsInSentence = meetings;
        if (meetings.Count == 0) return;
        PrincipalMeeting ??= meetings[0];
        LastMeeting = meetings[^1];
    }

    /// <summary>A date as written, with its year completed from the document when the sentence leaves it out.</summary>
    public (PartialDate Date, DateBasis Basis)? Resolve(DateMention mention)
    {
        if (mention.HasYear) return mention.Resolve() is { } stated ? (stated, DateBasis.Stated) : null;
        // The year of the document's own date, or of the first meeting it reports when it states no date of its own.
        var (year, basis) = Header.Date is { } date
            ? (date.Latest.Year, Header.DateSource == ValueSource.Text ? DateBasis.YearFromDocument : DateBasis.YearFromMetadata)
            : PrincipalMeeting is { DateBasis: DateBasis.Stated } meeting ? (meeting.Date.Latest.Year, DateBasis.YearFromDocument)
            : (0, DateBasis.Stated);
        return year == 0 || mention.Resolve(year) is not { } completed ? null : (completed, basis);
    }

    /// <summary>The date a sentence without a date of its own speaks of: the document's meeting, else the document.</summary>
    public (PartialDate Date, DateBasis Basis)? Reference =>
        PrincipalMeeting is { } meeting ? (meeting.Date, DateBasis.Meeting)
        : Header.Date is { } date ? (date, Header.DateSource == ValueSource.Text ? DateBasis.Document : DateBasis.Metadata)
        : null;
}
