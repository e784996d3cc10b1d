namespace BaliTimeline.Contracts;

public sealed record BodyEntry(string Name, IReadOnlyList<string> Aliases, int Facts);
