using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

/// <summary>A member's co-chair seat as of a day, through <see cref="Agency"/> (null when no document names the agency).</summary>
public sealed record CoChairSeat(string Member, string? Agency, PartialDate Since, Certainty Certainty, IReadOnlyList<Source> Sources);
