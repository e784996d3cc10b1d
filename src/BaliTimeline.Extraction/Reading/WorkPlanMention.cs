namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// A work plan named at [Start, End) of a sentence with the years it covers: "the Forward Work Plan 2015-17", "its
/// 2016-17 work plan", "a work plan for 2024-25", "plans for 2017-19 and 2019-2021". <see cref="Owner"/> is the body's
/// name or reference written with it ("RSO", "TFPP", "Working Group's", "its", "Forum"), for the rule to resolve.
/// </summary>
public sealed record WorkPlanMention(int Start, int End, int FirstYear, int LastYear, string? Owner, bool Draft);
