
namespace BaliTimeline.Contracts;

/// <summary>An answer with the time axes it was computed on: ask again with the same watermark for the same answer.</summary>
public sealed record TimelineAnswer<T>(DateOnly? AsOf, RecordedTime RecordedTime, T Answer);
