namespace BaliTimeline.Contracts;

/// <summary>A body's co-chairs as of a day (one seat per member) and the full history of periods up to that day.</summary>
public sealed record CoChairs(string Body, IReadOnlyList<CoChairSeat> Current, IReadOnlyList<CoChairPeriod> History);
