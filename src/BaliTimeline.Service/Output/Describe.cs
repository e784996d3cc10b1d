using BaliTimeline.Facts;

namespace BaliTimeline.Service.Output;

/// <summary>One-line human summaries of events, for tables.</summary>
public static class Describe
{
    public static (string Date, string Summary) Event(object data) => data switch
    {
        DocumentRegistered r => (r.Date?.ToString() ?? "", $"registered {r.FileName} \"{r.Title ?? "(untitled)"}\" sha256 {r.Sha256[..12]}"),
        DocumentRevised r => (r.Date?.ToString() ?? "", $"revised {r.FileName}: sha256 {r.PreviousSha256[..12]} -> {r.Sha256[..12]}"),
        DocumentReread r => ("", $"re-read by extractor version {r.ExtractorVersion} (was {r.PreviousExtractorVersion})"),
        FactRetracted r => ("", $"retracted {r.FactType} {r.RetractedEventId}: {r.Reason}"),
        MeetingHeld m => (m.Date?.ToString() ?? "", $"{m.Name ?? m.Body}{(m.Ordinal is { } o ? $" (#{o})" : "")}{(m.Location is { } l ? $", {l}" : "")}{(m.Format is { } f ? $", {f}" : "")}"),
        CoChairChanged c => (c.EffectiveFrom?.ToString() ?? "", $"{c.Body}: {c.Member} co-chairs{(c.Agency is { } a ? $" through {a}" : "")}"),
        GuideEndorsed g => (g.Date?.ToString() ?? "", $"{g.Guide} endorsed{(g.EndorsedBy is { } by ? $" at {by}" : "")}"),
        GuideStatusNoted g => (g.Date?.ToString() ?? "", $"{g.Guide}: {g.Status}"),
        WorkPlanAdopted w => (w.Date?.ToString() ?? "", $"{w.Body} forward work plan {w.FirstYear}-{w.LastYear} adopted{(w.AdoptedAt is { } at ? $" at {at}" : "")}"),
        WorkPlanStatusNoted w => (w.Date?.ToString() ?? "", $"{w.Body} forward work plan {w.FirstYear}-{w.LastYear}: {w.Status}"),
        _ => ("", EventTypes.PublicName(data)),
    };

    /// <summary>A quote on one line, cut to fit a table cell.</summary>
    public static string Clip(string quote, int length = 90)
    {
        var flat = string.Join(' ', quote.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length ? flat : flat[..(length - 3)] + "...";
    }
}
