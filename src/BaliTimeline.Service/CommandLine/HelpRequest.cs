namespace BaliTimeline.Service.CommandLine;

/// <summary>
/// A request for usage: <c>help ingest</c>, <c>? ingest</c>, or <c>ingest --help</c> / <c>-h</c>, which JasperFx
/// would refuse as an unknown flag and is asked as <c>help ingest</c>; and <c>--help</c> alone, which JasperFx would
/// hand to its default command (`run`) and refuse, and is asked as <c>help</c>. Showing the usage asked for is a
/// success (exit 0), where JasperFx exits 1.
/// </summary>
public static class HelpRequest
{
    /// <summary>The arguments to run for a help request, or null if the arguments are not one.</summary>
    public static string[]? Of(string[] args) => args switch
    {
        ["--help" or "-h"] => ["help"],
        ["help" or "?", _, ..] => args,
        [var command, .. var rest] when rest.Any(a => a is "--help" or "-h") => ["help", command],
        _ => null,
    };
}
