using BaliTimeline.Extraction.Time;
using BaliTimeline.Timeline.Queries;
using BaliTimeline.Timeline.Time;

namespace BaliTimeline.Timeline.CoChairs;

public sealed record CoChairSeat(string Member, string Agency, PartialDate Since, Certainty Certainty, IReadOnlyList<Source> Sources);
