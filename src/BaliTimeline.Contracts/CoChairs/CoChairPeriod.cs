using BaliTimeline.Facts;

namespace BaliTimeline.Contracts;

/// <summary>A run of observations of one member's agency (null: not named): first seen <see cref="From"/>, last seen <see cref="LastSeen"/>.</summary>
public sealed record CoChairPeriod(string Member, string? Agency, PartialDate From, PartialDate LastSeen, IReadOnlyList<Source> Sources);
