using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>Where a document-level value (title, date) came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ValueSource>))]
public enum ValueSource
{
    [JsonStringEnumMemberName("None")] None,
    [JsonStringEnumMemberName("Text")] Text,
    [JsonStringEnumMemberName("Metadata")] Metadata,
}
