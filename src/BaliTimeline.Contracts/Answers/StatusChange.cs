using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

/// <summary>
/// One status a guide or work plan reached, as every document that reports it says: its date (the most precise they
/// give), how certain it is as of the day asked, the meeting it happened at if one is named, and the sources.
/// </summary>
public sealed record StatusChange<TState>(TState Status, Certainty Certainty, string? At, PartialDate Date, IReadOnlyList<Source> Sources)
    where TState : struct, Enum;
