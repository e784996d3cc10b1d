using System.Collections.Concurrent;
using System.Diagnostics;

namespace BaliTimeline.Benchmarks;

/// <summary>What a closed loop measured: each answered question's index and latency, and the wall time of the whole run.</summary>
internal sealed record LoopResult(IReadOnlyList<(int Index, double Milliseconds)> Answered, TimeSpan Elapsed)
{
    public double PerSecond => Answered.Count == 0 ? double.NaN : Answered.Count / Elapsed.TotalSeconds;

    public double Percentile(double p, Func<int, bool>? only = null) =>
        Percentiles.Of(Answered.Where(a => only?.Invoke(a.Index) ?? true).Select(a => a.Milliseconds).ToArray(), p);
}

/// <summary>
/// How questions are asked: by how many clients at once, how many at most, at least, and for how long. The same
/// shapes serve the HTTP questions and their SQL, so the two are compared on the same questions.
/// </summary>
internal sealed record Load(int Clients, int Count, int Minimum, TimeSpan Budget)
{
    public static readonly Load OneClient = new(1, 400, 10, TimeSpan.FromSeconds(30));
    public static readonly Load SixteenClients = new(16, 2000, 32, TimeSpan.FromSeconds(30));
    // At most one question per client once the (short) budget is spent: at large N a question takes seconds.
    public static readonly Load WarmUp = new(16, 48, 0, TimeSpan.FromSeconds(3));

    /// <summary>The same shape over a list of only this many questions.</summary>
    public Load Over(int available) => this with { Count = Math.Min(Count, available), Minimum = Math.Min(Minimum, available) };
}

/// <summary>
/// A fixed number of clients, each asking its next question as soon as the last one is answered (a closed loop, as
/// users waiting on answers do). Questions are taken in index order from one list, so every run asks the same ones.
/// A run stops at its count of questions or when its time budget is spent (but never before its minimum): at large
/// N one question can take seconds, and a fixed count would make the command's duration grow with N twice over.
/// </summary>
internal static class ClosedLoop
{
    public static async Task<LoopResult> RunAsync(Load load, Func<int, int, Task> ask)
    {
        var next = -1;
        var answered = new ConcurrentBag<(int, double)>();
        var clock = Stopwatch.StartNew();
        async Task Client(int client)
        {
            while (true)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= load.Count || (index >= load.Minimum && clock.Elapsed >= load.Budget)) return;
                var started = Stopwatch.GetTimestamp();
                await ask(client, index);
                answered.Add((index, Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            }
        }
        await Task.WhenAll(Enumerable.Range(0, load.Clients).Select(c => Task.Run(() => Client(c))));
        return new LoopResult(answered.OrderBy(a => a.Item1).ToArray(), clock.Elapsed);
    }
}
