using System.Diagnostics;
using JasperFx.Events.Daemon;
using Marten;

namespace BaliTimeline.EventStore.Ledger;

/// <summary>
/// The recorded-time bound answers are read at: Marten's high-water mark, the highest event sequence at or below which
/// every sequence is committed or known never to commit. Writers commit out of order (a later sequence can commit
/// while an earlier one is still in flight), so the highest committed sequence is no safe bound: an answer read there
/// could later gain a fact below its own watermark. The mark is kept by the async daemon's high-water agent, which
/// holds before a gap while the append that reserved it is in flight, and passes it once the append commits or is
/// known to have failed.
/// </summary>
public sealed class HighWaterMark(IDocumentStore store) : IAsyncDisposable
{
    /// <summary>How long a question waits for appends in flight below the newest commit, before answering below them.</summary>
    public static readonly TimeSpan CatchUpLimit = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim starting = new(1, 1);
    private IProjectionDaemon? daemon;

    /// <summary>
    /// The mark once it covers every append committed before this call, so that a reader sees its own writes; while
    /// an earlier append is still in flight, after <see cref="CatchUpLimit"/>, the mark below it.
    /// </summary>
    public async Task<long> CurrentAsync(IQuerySession session, CancellationToken cancellation = default)
    {
        var agent = await AgentAsync(cancellation);
        var committed = await FactLedger.LastSequenceAsync(session, null, cancellation);
        var waited = Stopwatch.StartNew();
        while (agent.HighWaterMark() < committed && waited.Elapsed < CatchUpLimit) await Task.Delay(TimeSpan.FromMilliseconds(20), cancellation);
        return agent.HighWaterMark();
    }

    private async Task<IProjectionDaemon> AgentAsync(CancellationToken cancellation)
    {
        if (daemon is not null) return daemon;
        await starting.WaitAsync(cancellation);
        try
        {
            if (daemon is not null) return daemon;
            // With no asynchronous projection to run, the daemon runs only its high-water agent.
            var started = await store.BuildProjectionDaemonAsync();
            await started.StartAllAsync();
            return daemon = started;
        }
        finally
        {
            starting.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (daemon is null) return;
        await daemon.StopAllAsync();
        daemon.Dispose();
    }
}
