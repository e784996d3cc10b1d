namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// One fact as the store recorded it: the fact, the stream it came from, the sequence number and time it was
/// recorded, and the sequence of its retraction, if any. The two sequences are its recorded-time interval: it is known
/// at watermark W when <c>Sequence &lt;= W &lt; RetractedAt</c>. Its kind (<see cref="EventType.Kind"/>), the body it is
/// about and the first day it can have been true are kept as columns of their own, so a question reads only the facts
/// in its <see cref="FactScope"/>.
/// </summary>
public sealed record FactRecord(Guid Id, string Stream, long Sequence, DateTimeOffset RecordedAt, Fact Fact)
{
    public string Kind { get; init; } = EventTypes.Of(Fact.GetType()).Kind;

    public string? Body { get; init; } = BodyOf(Fact);

    public long? RetractedAt { get; init; }

    /// <summary>
    /// The earliest day of the fact's valid-time date as a <see cref="DayKey"/>, or null when the document does not date
    /// it. As of an earlier day the fact has not happened yet (<see cref="Views.ValidTime"/>), so a view as of that day
    /// does not read it.
    /// </summary>
    public int? ValidFrom { get; init; } = DayKey(DateOf(Fact)?.Earliest);

    /// <summary>
    /// A day as the number yyyymmdd (16 May 2018 is 20180516), which orders as the days do. Not a date, so that it can
    /// be indexed once no row lacks it: Marten indexes a date through a function of the schema that built the table, and
    /// a rebuild builds the views in a schema of its own that its switch drops, taking such an index with it.
    /// </summary>
    public static int? DayKey(DateOnly? day) => day is { } d ? d.Year * 10_000 + d.Month * 100 + d.Day : null;

    private static string? BodyOf(Fact fact) => fact switch
    {
        MeetingHeld m => m.Body,
        CoChairChanged c => c.Body,
        WorkPlanAdopted w => w.Body,
        WorkPlanStatusNoted w => w.Body,
        _ => null,
    };

    private static PartialDate? DateOf(Fact fact) => fact switch
    {
        MeetingHeld m => m.Date,
        CoChairChanged c => c.EffectiveFrom,
        GuideEndorsed g => g.Date,
        GuideStatusNoted g => g.Date,
        WorkPlanAdopted w => w.Date,
        WorkPlanStatusNoted w => w.Date,
        _ => null,
    };
}
