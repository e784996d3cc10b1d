using System.Diagnostics;

namespace BaliTimeline.Service.Tests;

/// <summary>
/// Runs the real CLI as a separate process, with a deadline, from its own build output in the tests' configuration:
/// the command line scans the assemblies beside it, and the test assemblies must not be among them.
/// </summary>
public static class CommandLine
{
    private static readonly string Dll = Path.Combine(
        BaliTimeline.Tests.Repository.Root, "src", "BaliTimeline.Service", "bin",
        new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name, "net10.0", "bali-timeline.dll");

    public sealed record Run(int ExitCode, string Output, string Error);

    public static async Task<Run> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        using var process = Start(environment, args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bali-timeline {string.Join(' ', args)} did not finish within 2 minutes");
        }
        return new Run(process.ExitCode, await output, await error);
    }

    /// <summary>Starts the CLI and hands over its process, for a test that must stop it on its own terms.</summary>
    public static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(Dll),
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
        {
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }
}
