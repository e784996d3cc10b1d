namespace BaliTimeline.Timeline.Bodies;

public sealed record BodyEntry(string Name, IReadOnlyList<string> Aliases, int Facts);
