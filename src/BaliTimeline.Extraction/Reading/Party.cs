namespace BaliTimeline.Extraction.Reading;

/// <summary>One co-chair as a list names it: a member, and its agency when the words name one (never a person's title).</summary>
public sealed record Party(string Member, string? Agency);
