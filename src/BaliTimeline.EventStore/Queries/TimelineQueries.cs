using BaliTimeline.EventStore.Ledger;
using Marten;

namespace BaliTimeline.EventStore.Queries;

/// <summary>What every auditor's question does to the store: read the fact ledger as known at one watermark. Read-only.</summary>
public sealed class TimelineQueries(IDocumentStore store) : IAsyncDisposable
{
    private readonly HighWaterMark highWaterMark = new(store);

    /// <summary>
    /// Resolves the question's recorded-time axis to a watermark, reads the ledger as known there, and hands the facts
    /// to a pure view. Every question is this, with its own view.
    /// </summary>
    public Task<TimelineAnswer<T>> AskAsync<T>(TimelineQuestion question, FactScope scope, Func<IReadOnlyList<FactRecord>, T> register, CancellationToken cancellation = default) =>
        AskAsync(question, async (session, watermark, ct) => register(await FactLedger.KnownAtAsync(session, scope, watermark, ct)), cancellation);

    /// <summary>The same for a view that reads the ledger as known at the watermark in its own steps.</summary>
    public async Task<TimelineAnswer<T>> AskAsync<T>(TimelineQuestion question, Func<IQuerySession, long, CancellationToken, Task<T>> read, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        var latest = await highWaterMark.CurrentAsync(session, cancellation);
        // A watermark past the high-water mark would give an answer that events still in flight could change.
        if (question.Watermark > latest) throw new InvalidParameterException("watermark", $"{question.Watermark} is beyond the last recorded event ({latest})");
        var watermark = question.Watermark
            ?? (question.KnownAt is null ? latest : Math.Min(latest, await FactLedger.LastSequenceAsync(session, question.KnownAt, cancellation)));
        return new TimelineAnswer<T>(question.AsOf, new RecordedTime(watermark, question.KnownAt), await read(session, watermark, cancellation));
    }

    public ValueTask DisposeAsync() => highWaterMark.DisposeAsync();
}
