using System.Diagnostics;
using JasperFx.Events.Projections;
using Marten;

namespace BaliTimeline.Benchmarks;

/// <summary>How long each projection took to rebuild.</summary>
internal sealed record RebuildResult(IReadOnlyList<(string Projection, TimeSpan Elapsed)> Projections)
{
    public TimeSpan Elapsed => Projections.Aggregate(TimeSpan.Zero, (total, p) => total + p.Elapsed);
}

/// <summary>
/// Rebuilds every stored projection the store registers (inline and async; live ones store nothing), in process
/// through Marten's daemon, one after another, as `bali-timeline projections rebuild` does after an upgrade. Each
/// rebuild tears the projection's documents down and replays the whole event table.
/// </summary>
internal static class RebuildBenchmark
{
    public static async Task<RebuildResult> RunAsync(DocumentStore store)
    {
        var names = store.Options.Projections.All.Where(p => p.Lifecycle != ProjectionLifecycle.Live).Select(p => p.Name).ToArray();
        using var daemon = await store.BuildProjectionDaemonAsync();
        var timings = new List<(string, TimeSpan)>();
        foreach (var name in names)
        {
            var clock = Stopwatch.StartNew();
            // The default timeout (five minutes) bounds the whole replay, which a large store can exceed.
            await daemon.RebuildProjectionAsync(name, Timeout.InfiniteTimeSpan, CancellationToken.None);
            timings.Add((name, clock.Elapsed));
            Progress.Say($"  rebuilt {name} in {clock.Elapsed.TotalSeconds:N1} s");
        }
        return new RebuildResult(timings);
    }
}
