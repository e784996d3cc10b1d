using System.Text.Json;
using BaliTimeline.Facts;

namespace BaliTimeline.Extraction.Documents;

/// <summary>
/// Facts about a document that its text does not state, from an optional sidecar <c>NAME.meta.json</c> beside
/// <c>NAME.txt</c>: <c>{"title": "...", "published": "2024-11", "source": "...", "note": "..."}</c>.
/// Values taken from here are marked as such in the events.
/// </summary>
public sealed record DocumentMetadata(string? Title, PartialDate? Published, string? Source, string? Note)
{
    /// <summary>Reads a sidecar's JSON; a <see cref="FormatException"/> says what is wrong with it.</summary>
    public static DocumentMetadata Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("the metadata is not a JSON object");
            string? Text(string name) => root.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            var publishedText = Text("published");
            PartialDate? published = null;
            if (publishedText is not null && !PartialDate.TryParse(publishedText, out published))
            {
                throw new FormatException($"'published' is '{publishedText}', not an ISO 8601 date such as 2018-05-16, 2018-05 or 2018");
            }
            return new DocumentMetadata(Text("title"), published, Text("source"), Text("note"));
        }
        catch (JsonException e)
        {
            throw new FormatException($"the metadata is not valid JSON ({e.Message.Split('.')[0]})", e);
        }
    }
}
