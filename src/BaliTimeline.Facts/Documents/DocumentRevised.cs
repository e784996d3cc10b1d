using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A changed text, or a changed metadata sidecar, arrived for a document already registered. What follows it in the
/// stream (retractions and newly read facts) is the difference between what the two texts state; nothing before it is changed.
/// </summary>
public sealed record DocumentRevised : DocumentRead
{
    [JsonPropertyName("previousSha256"), JsonPropertyOrder(1)] public string PreviousSha256 { get; init; } = "";
}
