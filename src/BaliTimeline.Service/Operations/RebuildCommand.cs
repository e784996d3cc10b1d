using System.Diagnostics;
using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Service.Hosting;
using Marten;

namespace BaliTimeline.Service.Operations;

public class RebuildInput : JsonInput
{
    [Description("Build and compare only: keep the live views, print every difference, exit 1 if there is one")]
    public bool CompareFlag { get; set; }

    [Description("Discard a copy left by an earlier rebuild and build from the first event")]
    public bool FreshFlag { get; set; }
}

[Description("Rebuild the views from the events beside the live ones, compare them, and switch them in at once", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    /// <summary>Differences listed in text output; the JSON has them all.</summary>
    private const int Listed = 20;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(5);

    public override async Task<bool> Execute(RebuildInput input)
    {
        ViewComparison? comparison = null;
        var ran = await CommandRunner.Run(async () =>
        {
            using var host = input.BuildHost();
            var store = host.Services.GetRequiredService<IDocumentStore>();
            var connection = TimelineServices.ConnectionString(host.Services.GetRequiredService<IConfiguration>());
            await using var rebuild = new ViewRebuild(connection, store.Options.Events.DatabaseSchemaName);
            var start = await rebuild.PrepareAsync(input.FreshFlag);
            var clock = Stopwatch.StartNew();
            if (!input.JsonFlag) Console.Error.WriteLine(start == 0 ? "building the views from the first event" : $"resuming the views' copy from event {start:N0}");
            RebuildProgress? caughtUp = null;
            if (input.JsonFlag)
            {
                caughtUp = await rebuild.CatchUpAsync();
            }
            else if (!AnsiConsole.Profile.Capabilities.Interactive)
            {
                // A log rather than a terminal (a pipe, a service): a line on stderr every few seconds.
                var lastLine = Stopwatch.StartNew();
                caughtUp = await rebuild.CatchUpAsync(new Progress<RebuildProgress>(p =>
                {
                    if (lastLine.Elapsed < ProgressInterval) return;
                    Console.Error.WriteLine($"rebuilding: {p.Done:N0}/{p.Target:N0} events, {p.EventsPerSecond:N0}/s");
                    lastLine.Restart();
                }));
            }
            else
            {
                await AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .StartAsync(async progress =>
                    {
                        var task = progress.AddTask("rebuilding");
                        caughtUp = await rebuild.CatchUpAsync(new Progress<RebuildProgress>(p =>
                        {
                            task.MaxValue = Math.Max(p.Target, 1);
                            task.Value = p.Done;
                            task.Description = $"{p.Done:N0}/{p.Target:N0} events, {p.EventsPerSecond:N0}/s";
                        }));
                    });
            }
            comparison = await rebuild.FinishAsync(switchViews: !input.CompareFlag);
            if (input.JsonFlag)
            {
                Json.Print(Json.Node(new { Started = start, comparison.Sequence, Switched = !input.CompareFlag, AppendsHeldMs = (long)comparison.AppendsHeld.TotalMilliseconds,
                    HeldMs = comparison.HeldSteps.ToDictionary(s => s.Step, s => (long)s.Took.TotalMilliseconds), comparison.Differences })!);
                return;
            }
            var rate = caughtUp!.Done > start ? $", {caughtUp.EventsPerSecond:N0} events/s" : "";
            Console.Out.WriteLine($"rebuilt up to event {comparison.Sequence:N0} in {clock.Elapsed.TotalSeconds:N1} s{rate}; appends waited {comparison.AppendsHeld.TotalMilliseconds:N0} ms ({string.Join(", ", comparison.HeldSteps)})");
            foreach (var d in comparison.Differences.Take(Listed)) Console.Out.WriteLine($"  {d.Table} {d.Id}{(d.Stream is null ? "" : $" ({d.Stream})")}: {d.How}");
            if (comparison.Differences.Count > Listed) Console.Out.WriteLine($"  ... {comparison.Differences.Count - Listed} more (--json lists them all)");
            var verdict = comparison.Same ? "the same as the live views" : $"{comparison.Differences.Count} rows differ from the live views";
            Console.Out.WriteLine(input.CompareFlag ? $"compared: {verdict}; the live views are unchanged" : $"switched: the rebuilt views, {verdict}, are live");
        });
        return ran && (!input.CompareFlag || comparison is { Same: true });
    }
}
