namespace BaliTimeline.EventStore.Queries;

/// <summary>A question's parameter that cannot be used, named, with the reason: a 400 over HTTP, exit code 1 on the CLI.</summary>
public sealed class InvalidParameterException(string parameter, string reason) : Exception($"{parameter}: {reason}")
{
    public string Parameter { get; } = parameter;

    public string Reason { get; } = reason;
}
