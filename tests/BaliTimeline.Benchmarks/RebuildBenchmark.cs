using System.Diagnostics;
using BaliTimeline.EventStore.Rebuilds;

namespace BaliTimeline.Benchmarks;

/// <summary>How long the rebuild took (the copy built from the first event, then compared and switched in), and how long appends waited.</summary>
internal sealed record RebuildResult(TimeSpan Building, TimeSpan Switching, TimeSpan AppendsHeld, bool Same)
{
    public TimeSpan Elapsed => Building + Switching;
}

/// <summary>
/// Rebuilds the views as `bali-timeline rebuild --fresh` does (<see cref="ViewRebuild"/>): a copy built beside the
/// live views through Marten's daemon, then compared with them row by row and switched in. The comparison is part of
/// the time, as an operator waits for it.
/// </summary>
internal static class RebuildBenchmark
{
    public static async Task<RebuildResult> RunAsync(ScratchSchema schema)
    {
        await using var rebuild = new ViewRebuild(schema.Connection, schema.Name);
        await rebuild.PrepareAsync(fresh: true);
        var clock = Stopwatch.StartNew();
        await rebuild.CatchUpAsync();
        var building = clock.Elapsed;
        var comparison = await rebuild.FinishAsync(switchViews: true);
        var result = new RebuildResult(building, clock.Elapsed - building, comparison.AppendsHeld, comparison.Same);
        Progress.Say($"  rebuilt in {building.TotalSeconds:N1} s, compared and switched in {result.Switching.TotalSeconds:N1} s (appends held {comparison.AppendsHeld.TotalMilliseconds:N0} ms: {string.Join(", ", comparison.HeldSteps)}): {(comparison.Same ? "the same as the live views" : $"{comparison.Differences.Count} rows differ")}");
        return result;
    }
}
