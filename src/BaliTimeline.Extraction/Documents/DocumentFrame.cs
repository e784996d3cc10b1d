using BaliTimeline.Extraction.Reading;

using BaliTimeline.Extraction.Text;
using BaliTimeline.Extraction.Time;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// What a document's front matter (its headings, fields and datelines, before the first paragraph of prose) says
/// about the whole document: its title and date, the body it is about, and the meeting it reports, if it reports
/// one, with that meeting's date, place and format as the fields give them. Its sentences flow into the rest:
/// "the meeting" is this meeting, "the Working Group" this body, a date without a year this date's year.
/// </summary>
public sealed record DocumentFrame(
    DocumentHeader Header,
    string? Body,
    FrameMeeting? Meeting,
    DateMention? MeetingDate,
    Sentence? MeetingDateSentence,
    string? Location,
    string? Format,
    IReadOnlyList<Party> Authors);

/// <summary>The meeting a document reports, as its front matter names it: a mention in a heading, or only a body and a date.</summary>
public sealed record FrameMeeting(Sentence Sentence, MeetingMention? Mention, GatheringMention? Gathering, string? Name, string? Body);
