using JasperFx.Events;

namespace BaliTimeline.EventStore.Documents;

/// <summary>When an event was recorded, as PostgreSQL keeps it: to the microsecond.</summary>
public static class RecordedAt
{
    // Live, an inline projection sees the appender's clock (100 ns ticks); on a rebuild the time comes back from
    // PostgreSQL in microseconds. Keeping microseconds makes both give the same document.
    public static DateTimeOffset Of(IEvent e) =>
        new(e.Timestamp.Ticks - e.Timestamp.Ticks % TimeSpan.TicksPerMicrosecond, e.Timestamp.Offset);
}
