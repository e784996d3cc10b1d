using BaliTimeline.EventStore.Rebuilds;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Service.Hosting;

namespace BaliTimeline.Service.CommandLine;

/// <summary>Turns the failures a user can act on into one line on stderr and a non-zero exit code.</summary>
public static class CommandRunner
{
    public static async Task<bool> Run(Func<Task> work)
    {
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings());
        // Redirected output has no terminal width; 80 columns would fold every table row into many lines.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = 160;
        try
        {
            await work();
            return true;
        }
        catch (Exception e) when (Reason(e) is { } reason)
        {
            Console.Error.WriteLine($"error: {reason}");
            return false;
        }
    }

    private static string? Reason(Exception e) => e switch
    {
        DocumentRejectedException or CommandFailedException or UnknownResourceException or RebuildException => e.Message,
        InvalidParameterException p => $"{Flag(p.Parameter)}: {p.Naming(Flag)}",
        _ when DatabaseProblem.Describe(e) is { } database => database,
        { InnerException: { } inner } => Reason(inner),
        _ => null,
    };

    // Parameters are named as over HTTP (asOf); on the command line they are flags (--as-of).
    private static string Flag(string parameter) =>
        "--" + string.Concat(parameter.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
