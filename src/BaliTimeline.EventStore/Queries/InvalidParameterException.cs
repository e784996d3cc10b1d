namespace BaliTimeline.EventStore.Queries;

/// <summary>
/// A question's parameter that cannot be used, named, with the reason: a 400 over HTTP, exit code 1 on the CLI. A
/// reason that refers to another parameter holds <c>{0}</c> where it is named, so each surface names it as it is
/// given there (<c>from</c> over HTTP, <c>--from</c> on the command line).
/// </summary>
public sealed class InvalidParameterException(string parameter, string reason, string? other = null) : Exception($"{parameter}: {Format(reason, other, p => p)}")
{
    public string Parameter { get; } = parameter;

    public string Reason => Naming(p => p);

    public string Naming(Func<string, string> name) => Format(reason, other, name);

    private static string Format(string reason, string? other, Func<string, string> name) => other is null ? reason : string.Format(reason, name(other));
}
