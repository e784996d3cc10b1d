using BaliTimeline.Facts;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// One meeting as read so far from all its mentions in a document: what they say, and the sentence that says the
/// most, which becomes its evidence. <see cref="Rank"/> orders dates by how directly they are stated.
/// </summary>
public sealed class MeetingCandidate
{
    public string? Name { get; set; }
    public bool Named { get; set; }
    public string? Body { get; set; }
    public required string Series { get; init; }
    public required string Head { get; init; }
    public int? Ordinal { get; set; }
    public PartialDate? Date { get; set; }
    public DateBasis DateBasis { get; set; } = DateBasis.NotStated;
    public int DateRank { get; set; }
    public string? Location { get; set; }
    public string? Format { get; set; }
    public required Sentence Evidence { get; set; }
    public int EvidenceScore { get; set; }
    /// <summary>When the meeting was last mentioned, in reading order: "the meeting" is the one mentioned last.</summary>
    public int LastMentioned { get; set; }

    /// <summary>Read from the front matter: the meeting the document reports.</summary>
    public bool Reported { get; init; }

    /// <summary>Date ranks: a day or range stated with the meeting, a month, a year or a relative date, a front-matter date, a bound.</summary>
    public static int RankOf(PartialDate? date, DateBasis basis) => date is null ? 0
        : basis == DateBasis.Document || basis == DateBasis.Metadata || date.Precision == DatePrecision.NotAfter ? 1
        : basis == DateBasis.Meeting ? 2
        : date.Precision is DatePrecision.Year ? 3
        : date.Precision is DatePrecision.Month ? 4
        : 5;

    /// <summary>"The Conference opened on 26 February" of a conference closed on 28 February: days of one meeting, within a week.</summary>
    public bool Near(PartialDate? other) =>
        Date is { Precision: DatePrecision.Day or DatePrecision.Range } mine && other is { Precision: DatePrecision.Day or DatePrecision.Range }
        && Math.Abs(mine.Earliest.DayNumber - other.Earliest.DayNumber) <= 7;

    public bool Overlaps(PartialDate? other) =>
        Date is null || other is null || (Date.Earliest <= other.Latest && other.Earliest <= Date.Latest);
}
