using BaliTimeline.Facts;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>What one mention of a meeting says about it, at [Start, End) of its sentence, before it is merged with the others.</summary>
public sealed record MeetingReading(
    Sentence Sentence,
    int Start,
    int End,
    string? Name,
    bool Named,
    string? Body,
    string Series,
    string Head,
    int? Ordinal,
    PartialDate? Date,
    DateBasis DateBasis,
    string? Location,
    string? Format,
    bool FromFrame = false)
{
    /// <summary>How directly the date is stated; a front-matter field or dateline dates a meeting less directly than a sentence about it.</summary>
    public int DateRank => FromFrame ? Math.Min(2, MeetingCandidate.RankOf(Date, DateBasis)) : MeetingCandidate.RankOf(Date, DateBasis);

    /// <summary>How much this mention's sentence says of the meeting: the better evidence of the two.</summary>
    public int EvidenceScore =>
        DateRank + (Named ? 1 : 0) + (Location is null ? 0 : 1) + (Ordinal is null ? 0 : 1) + (Sentence.Kind == SentenceKind.Heading ? 0 : 1);
}
