namespace BaliTimeline.Benchmarks;

/// <summary>The figures measured at one size, and the question kinds left out of its mix.</summary>
internal sealed record SizeResult(long RequestedEvents, IReadOnlyList<Figure> Figures, IReadOnlyList<string> LeftOut);

/// <summary>
/// The whole measurement at one size, in a fresh schema dropped afterwards: append then COPY, scan then rebuild, the
/// service's questions (one client, sixteen) and its peak memory, then the same questions' SQL with the service
/// stopped. The two halves of each comparison run back to back on the same rows, so the noise of a shared machine
/// moves them together as far as it can.
/// </summary>
internal static class SizeMeasurement
{
    /// <summary>
    /// The in-process steps once on a few documents, thrown away: JIT and Marten's first-use costs would otherwise
    /// land on the first size measured, and the growth from N/10 to N would understate how figures scale.
    /// </summary>
    public static async Task WarmUpAsync(string connection, int seed, CorpusSizing sizing)
    {
        await using var schema = await ScratchSchema.CreateAsync(connection);
        await AppendBenchmark.RunAsync(schema, seed, 100, sizing.EventsPerDocument);
        await CopyBenchmark.RunAsync(schema);
        await ScanBenchmark.RunAsync(schema);
        await RebuildBenchmark.RunAsync(schema);
    }

    public static async Task<SizeResult> RunAsync(string connection, int seed, long targetEvents, CorpusSizing sizing)
    {
        var label = $"N={targetEvents:N0}";
        await using var schema = await ScratchSchema.CreateAsync(connection);
        Progress.Say($"{label}: appending generated documents (seed {seed}) through DocumentIngester into schema {schema.Name}");
        var append = await AppendBenchmark.RunAsync(schema, seed, targetEvents, sizing.EventsPerDocument);
        var events = await schema.ScalarAsync<long>("select count(*) from {0}.mt_events");
        Progress.Say($"{label}: {events:N0} events appended in {append.Elapsed.TotalSeconds:N1} s; binary COPY of the same rows");
        var copy = await CopyBenchmark.RunAsync(schema);
        Progress.Say($"{label}: scanning the event table");
        var scan = await ScanBenchmark.RunAsync(schema);
        Progress.Say($"{label}: rebuilding the views beside the live ones, blue/green");
        var rebuild = await RebuildBenchmark.RunAsync(schema);

        Progress.Say($"{label}: starting the service ({ServiceProcess.Executable})");
        HttpResult http;
        double peakMiB;
        await using (var service = await ServiceProcess.StartAsync(connection, schema.Name))
        {
            http = await HttpQuestionBenchmark.RunAsync(service, (ulong)seed);
            peakMiB = service.PeakResidentMiB();
        }
        Progress.Say($"{label}: the questions' SQL, sixteen clients");
        var sql = await SqlQuestionBenchmark.RunAsync(schema, http.Questions);

        bool Of(int index, QuestionKind kind) => http.Questions[index].Kind == kind;
        string? LeftOut(QuestionKind kind) => http.LeftOut.Contains(kind) ? $"> {HttpQuestionBenchmark.Limit.TotalMilliseconds:N0}" : null;
        var figures = new List<Figure>
        {
            Figure.Count("events", "events", events),
            Figure.Count("documents", "documents", append.Documents),
            Figure.Count("append_events_per_s", "append events/s (DocumentIngester)", append.EventsPerSecond),
            Figure.Count("copy_rows_per_s", "COPY rows/s (same rows, binary)", copy.RowsPerSecond),
            Figure.Ratio("append_to_copy", "append / COPY", append.EventsPerSecond / copy.RowsPerSecond),
            Figure.Count("rebuild_events_per_s", "rebuild events/s (blue/green, all views)", events / rebuild.Elapsed.TotalSeconds),
            Figure.Count("scan_rows_per_s", "scan rows/s (select *, Npgsql)", scan.RowsPerSecond),
            Figure.Ratio("rebuild_to_scan", "rebuild / scan", events / rebuild.Elapsed.TotalSeconds / scan.RowsPerSecond),
            Figure.OneDecimal("rebuild_switch_ms", "rebuild: appends held at the switch (ms)", rebuild.AppendsHeld.TotalMilliseconds),
            Figure.OneDecimal("question_p50_ms", "question p50 ms (1 client)", http.OneClient.Percentile(50)) with { OfMix = true },
            Figure.OneDecimal("question_p95_ms", "question p95 ms (1 client)", http.OneClient.Percentile(95)) with { OfMix = true },
            Figure.OneDecimal("question_p99_ms", "question p99 ms (1 client)", http.OneClient.Percentile(99)) with { OfMix = true },
        };
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            figures.Add(Figure.OneDecimal($"question_p95_ms_{Key(kind)}", $"  {Key(kind)} p95 ms (1 client)", http.OneClient.Percentile(95, i => Of(i, kind))) with { Text = LeftOut(kind) });
        }
        figures.Add(Figure.Count("questions_asked", "questions asked (1 client)", http.OneClient.Answered.Count) with { OfMix = true });
        figures.Add(Figure.OneDecimal("questions_per_s", "questions/s (16 clients)", http.SixteenClients.PerSecond) with { OfMix = true });
        figures.Add(Figure.OneDecimal("question_p95_ms_16", "question p95 ms (16 clients)", http.SixteenClients.Percentile(95)) with { OfMix = true });
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            figures.Add(Figure.OneDecimal($"question_p95_ms_16_{Key(kind)}", $"  {Key(kind)} p95 ms (16 clients)", http.SixteenClients.Percentile(95, i => Of(i, kind))) with { Text = LeftOut(kind) });
        }
        figures.Add(Figure.Count("questions_asked_16", "questions asked (16 clients)", http.SixteenClients.Answered.Count) with { OfMix = true });
        figures.Add(Figure.OneDecimal("sql_queries_per_s", "questions' SQL/s (16 clients)", sql.PerSecond) with { OfMix = true });
        figures.Add(Figure.Ratio("questions_to_sql", "questions/s / SQL/s", http.SixteenClients.PerSecond / sql.PerSecond) with { OfMix = true });
        figures.Add(Figure.Count("service_peak_rss_mib", "service peak RSS MiB (VmHWM)", peakMiB));
        return new SizeResult(targetEvents, figures, http.LeftOut.Select(Key).ToArray());
    }

    /// <summary>co_chairs, endorsed, work_plans, meetings.</summary>
    public static string Key(QuestionKind kind) => kind switch
    {
        QuestionKind.CoChairs => "co_chairs",
        QuestionKind.WorkPlans => "work_plans",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
