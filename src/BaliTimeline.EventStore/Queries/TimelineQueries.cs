using BaliTimeline.EventStore.Ledger;
using Marten;

namespace BaliTimeline.EventStore.Queries;

/// <summary>What every auditor's question does to the store: read the fact ledger as known at one watermark. Read-only.</summary>
public sealed class TimelineQueries(IDocumentStore store)
{
    /// <summary>
    /// Resolves the question's recorded-time axis to a watermark, reads the ledger as known there, and hands the facts
    /// to a pure view. Every question is this, with its own view.
    /// </summary>
    public async Task<TimelineAnswer<T>> AskAsync<T>(TimelineQuestion question, Func<IReadOnlyList<FactRecord>, T> register, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        var latest = await FactLedger.WatermarkAsync(session, null, cancellation);
        // A watermark past the last recorded event would give an answer that later events could still change.
        if (question.Watermark > latest) throw new InvalidParameterException("watermark", $"{question.Watermark} is beyond the last recorded event ({latest})");
        var watermark = question.Watermark ?? (question.KnownAt is null ? latest : await FactLedger.WatermarkAsync(session, question.KnownAt, cancellation));
        var facts = await FactLedger.KnownAtAsync(session, watermark, cancellation);
        return new TimelineAnswer<T>(question.AsOf, new RecordedTime(watermark, question.KnownAt), register(facts));
    }
}
