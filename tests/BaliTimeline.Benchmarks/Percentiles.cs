namespace BaliTimeline.Benchmarks;

/// <summary>Nearest-rank percentiles of latencies in milliseconds: a reported p99 is a latency some question really had.</summary>
internal static class Percentiles
{
    public static double Of(IReadOnlyCollection<double> milliseconds, double percentile)
    {
        if (milliseconds.Count == 0) return double.NaN;
        var sorted = milliseconds.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
