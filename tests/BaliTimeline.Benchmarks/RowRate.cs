namespace BaliTimeline.Benchmarks;

/// <summary>Rows that PostgreSQL alone wrote or read (COPY, a scan), and the time they took.</summary>
internal sealed record RowRate(long Rows, TimeSpan Elapsed)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}
