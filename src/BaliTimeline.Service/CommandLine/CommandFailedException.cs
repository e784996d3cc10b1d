namespace BaliTimeline.Service.CommandLine;

/// <summary>A command cannot do its work for a reason the user can act on; printed as one line, exit code 1.</summary>
public sealed class CommandFailedException(string reason) : Exception(reason);
