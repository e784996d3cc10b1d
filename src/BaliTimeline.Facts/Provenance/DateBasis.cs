using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>Where a fact's date came from, so an auditor can tell a stated date from one completed or bounded by context.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<DateBasis>))]
public enum DateBasis
{
    /// <summary>The sentence states the date in full.</summary>
    [JsonStringEnumMemberName("Stated")] Stated,
    /// <summary>The sentence states day and month; the year is the document's own.</summary>
    [JsonStringEnumMemberName("YearFromDocument")] YearFromDocument,
    /// <summary>The sentence states day and month; the year comes from the document's metadata sidecar.</summary>
    [JsonStringEnumMemberName("YearFromMetadata")] YearFromMetadata,
    /// <summary>The sentence reports on the document's meeting and gives no date of its own: the meeting's date.</summary>
    [JsonStringEnumMemberName("Meeting")] Meeting,
    /// <summary>The sentence gives no date: the date of the document (as stated in it) bounds it.</summary>
    [JsonStringEnumMemberName("Document")] Document,
    /// <summary>The sentence gives no date and neither does the text: the date comes from the metadata sidecar.</summary>
    [JsonStringEnumMemberName("Metadata")] Metadata,
    /// <summary>The sentence dates it relative to the document's own date: "yesterday", "last month", "today".</summary>
    [JsonStringEnumMemberName("Relative")] Relative,
    /// <summary>No text gives the date (a meeting known only by its ordinal, a document that never states its year).</summary>
    [JsonStringEnumMemberName("NotStated")] NotStated,
}
