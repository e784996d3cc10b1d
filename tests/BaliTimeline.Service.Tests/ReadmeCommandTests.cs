using System.Diagnostics;
using System.Text.RegularExpressions;
using BaliTimeline.Tests;

namespace BaliTimeline.Service.Tests;

/// <summary>The README's command-line examples, run as written from the repository root, in the order given.</summary>
public sealed partial class ReadmeCommandTests(PostgresServer server) : IAsyncDisposable
{
    private readonly TimelineDatabase database = new(server);

    public ValueTask DisposeAsync() => database.DisposeAsync();

    [Fact]
    public async Task every_dotnet_run_example_in_the_readme_works_from_the_repository_root()
    {
        var readme = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md"));
        var commands = Example().Matches(readme).Select(m => m.Groups["args"].Value.Trim()).Distinct().ToArray();

        Assert.Contains("ingest seeds", commands);
        foreach (var command in commands)
        {
            var (exitCode, error) = await RunAsync(command);
            Assert.True(exitCode == 0, $"dotnet run --project src/BaliTimeline.Service -- {command}: exit {exitCode}\n{error}");
        }
    }

    private async Task<(int ExitCode, string Error)> RunAsync(string arguments)
    {
        var start = new ProcessStartInfo("dotnet", $"run --project src/BaliTimeline.Service -- {arguments}")
        {
            WorkingDirectory = Repository.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in database.CommandLineEnvironment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // The first command builds the project.
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(deadline.Token);
        await output;
        return (process.ExitCode, await error);
    }

    [GeneratedRegex(@"^    dotnet run --project src/BaliTimeline\.Service -- (?<args>[^#\n]+)", RegexOptions.Multiline)]
    private static partial Regex Example();
}
