using System.Text.Json.Serialization;
using BaliTimeline.Extraction.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>Where a document-level value (title, date) came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ValueSource>))]
public enum ValueSource
{
    None,
    Text,
    Metadata,
}
