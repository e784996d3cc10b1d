namespace BaliTimeline.Benchmarks;

/// <summary>
/// The questions asked (the mix without the kinds left out), the kinds left out because one question took longer
/// than <see cref="HttpQuestionBenchmark.Limit"/>, and how one client, then sixteen, fared.
/// </summary>
internal sealed record HttpResult(IReadOnlyList<Question> Questions, IReadOnlyList<QuestionKind> LeftOut, LoopResult OneClient, LoopResult SixteenClients);

/// <summary>
/// Point-in-time questions over HTTP to the running service. First a probe: one question of each kind, one at a time
/// (it also warms the service up). A kind whose answer takes longer than <see cref="Limit"/> is left out of the mix
/// at this size, so one slow view cannot make the command run for hours; the table says which. Then a warm-up at
/// sixteen clients, the mix from one client (latency), and from sixteen at once (throughput under load). Each answer
/// is read whole; any answer but 200 stops the benchmark, since a refusal is not an answer's cost.
/// </summary>
internal static class HttpQuestionBenchmark
{
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<HttpResult> RunAsync(ServiceProcess service, ulong seed)
    {
        var mix = QuestionMix.Draw(seed, 4 * Load.SixteenClients.Count);
        var leftOut = new List<QuestionKind>();
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            var probe = mix.First(q => q.Kind == kind);
            var started = System.Diagnostics.Stopwatch.StartNew();
            using var limit = new CancellationTokenSource(Limit);
            try
            {
                await AskAsync(service.Client, probe, limit.Token);
                Progress.Say($"  probe {kind}: {started.Elapsed.TotalMilliseconds:N0} ms");
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested)
            {
                Progress.Say($"  probe {kind}: no answer within {Limit.TotalSeconds:N0} s ({probe.PathAndQuery}); left out of the mix at this size");
                leftOut.Add(kind);
            }
        }
        // The service goes on computing an abandoned answer; only a new process stops it.
        if (leftOut.Count > 0) await service.RestartAsync();

        var questions = mix.Where(q => !leftOut.Contains(q.Kind)).ToArray();
        var warmUp = QuestionMix.Draw(seed + 1, 4 * Load.WarmUp.Count).Where(q => !leftOut.Contains(q.Kind)).ToArray();
        await ClosedLoop.RunAsync(Load.WarmUp.Over(warmUp.Length), (_, i) => AskAsync(service.Client, warmUp[i]));
        var one = await ClosedLoop.RunAsync(Load.OneClient.Over(questions.Length), (_, i) => AskAsync(service.Client, questions[i]));
        Progress.Say($"  one client: {one.Answered.Count} questions, p50 {one.Percentile(50):N1} ms");
        var sixteen = await ClosedLoop.RunAsync(Load.SixteenClients.Over(questions.Length), (_, i) => AskAsync(service.Client, questions[i]));
        Progress.Say($"  16 clients: {sixteen.Answered.Count} questions, {sixteen.PerSecond:N1} questions/s");
        return new HttpResult(questions, leftOut, one, sixteen);
    }

    private static async Task AskAsync(HttpClient client, Question question, CancellationToken cancellation = default)
    {
        using var response = await client.GetAsync(question.PathAndQuery, cancellation);
        var body = await response.Content.ReadAsByteArrayAsync(cancellation);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {question.PathAndQuery}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
        }
    }
}
