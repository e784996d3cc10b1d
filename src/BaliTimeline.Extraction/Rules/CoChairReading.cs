using BaliTimeline.Facts;
using BaliTimeline.Extraction.Reading;
using BaliTimeline.Extraction.Text;

namespace BaliTimeline.Extraction.Rules;

/// <summary>
/// A co-chair one sentence names, before the document is read to its end: the body is the one named, else that of
/// <see cref="Meeting"/> (the meeting the co-chairs chaired), whose date is the co-chair's unless the sentence dates it.
/// </summary>
public sealed record CoChairReading(Sentence Sentence, Party Party, string? Body, MeetingCandidate? Meeting, PartialDate? Date, DateBasis Basis);
