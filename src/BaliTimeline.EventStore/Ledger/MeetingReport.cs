namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// A dated meeting report as matching reports of one meeting reads it (<see cref="Views.MeetingTimeline"/>): its ledger
/// row and sequence, where it stands in which document, and the meeting's name, body, ordinal and date. The rest of
/// the fact, its quote above all, is read only for the meetings an answer keeps.
/// </summary>
public sealed record MeetingReport(Guid Id, long Sequence, string Document, int Start, string? Name, string? Body, int? Ordinal, PartialDate Date)
{
    /// <summary>The facts meeting reports are read from.</summary>
    public static FactScope Scope { get; } = FactScope.Of(typeof(MeetingHeld));

    public static MeetingReport? Of(FactRecord record) => record.Fact is MeetingHeld { Date: { } date } m
        ? new(record.Id, record.Sequence, m.Evidence.Document, m.Evidence.Start, m.Name, m.Body, m.Ordinal, date)
        : null;
}
