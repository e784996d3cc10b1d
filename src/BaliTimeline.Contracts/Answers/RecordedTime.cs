namespace BaliTimeline.Contracts;

/// <summary>
/// Recorded time, the store's clock, pinned to an event sequence number: the answer uses exactly the events with
/// sequence up to <see cref="Watermark"/>. <see cref="KnownAt"/> is the instant the watermark was resolved from,
/// if one was asked for. Asking again with the same watermark gives the same answer.
/// </summary>
public sealed record RecordedTime(long Watermark, DateTimeOffset? KnownAt);
