namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// One fact as the store recorded it: the fact, the stream it came from, the sequence number and time it was
/// recorded, and the sequence of its retraction, if any. The two sequences are its recorded-time interval: it is known
/// at watermark W when <c>Sequence &lt;= W &lt; RetractedAt</c>. Its kind (<see cref="EventType.Kind"/>) and the body it is
/// about are kept as columns of their own, so a question reads only the facts in its <see cref="FactScope"/>.
/// </summary>
public sealed record FactRecord(Guid Id, string Stream, long Sequence, DateTimeOffset RecordedAt, Fact Fact)
{
    public string Kind { get; init; } = EventTypes.Of(Fact.GetType()).Kind;

    public string? Body { get; init; } = BodyOf(Fact);

    public long? RetractedAt { get; init; }

    private static string? BodyOf(Fact fact) => fact switch
    {
        MeetingHeld m => m.Body,
        CoChairChanged c => c.Body,
        WorkPlanAdopted w => w.Body,
        WorkPlanStatusNoted w => w.Body,
        _ => null,
    };
}
