namespace BaliTimeline.Corpus.Forms;

/// <summary>The kinds of document the genre has, each with its own layout and its own way of dating itself.</summary>
public enum DocumentForm
{
    /// <summary>Upper-case header with a dateline, numbered paragraphs.</summary>
    CoChairsStatement,

    /// <summary>A web event page: title, "Location: ...Date: ..." run together, an image caption, prose.</summary>
    EventPage,

    /// <summary>A ministry's media release: issuer, dateline, headline, prose, media enquiries.</summary>
    MediaRelease,

    /// <summary>A markdown meeting report with a field block (Dates, Venue, Co-Chairs) and numbered sections.</summary>
    MeetingReport,

    /// <summary>An outcomes record: a title line with place and numeric date, co-chairs and attendance lines, bullets.</summary>
    OutcomesRecord,

    /// <summary>A newsletter issue, dated by month; its articles give days without the year.</summary>
    Newsletter,

    /// <summary>An annual report's list of meetings supported, one line each, dated by the month it was published.</summary>
    AnnualReport,
}
