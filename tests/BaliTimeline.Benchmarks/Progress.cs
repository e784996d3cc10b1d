namespace BaliTimeline.Benchmarks;

/// <summary>Progress lines on stderr, so stdout carries only the results table.</summary>
internal static class Progress
{
    private static readonly System.Diagnostics.Stopwatch Clock = System.Diagnostics.Stopwatch.StartNew();

    public static void Say(string line) => Console.Error.WriteLine($"[{Clock.Elapsed:hh\\:mm\\:ss}] {line}");
}
