using System.Text.Json;
using System.Text.Json.Nodes;

namespace BaliTimeline.Extraction.Evaluation;

/// <summary>
/// One document's hand-made labels, in the development corpus's format (<c>tests/corpus/README.md</c>):
/// <c>{"document": "NAME.txt", "events": [{"type": "MeetingHeld", ..., "quote": "..."}]}</c>.
/// </summary>
public sealed record GoldDocument(string Document, IReadOnlyList<JsonObject> Events)
{
    public static GoldDocument Read(string path)
    {
        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException("empty");
            var document = root["document"]?.GetValue<string>() ?? throw new InvalidDataException("no \"document\"");
            var events = root["events"]?.AsArray().Select(e => e!.AsObject()).ToArray() ?? throw new InvalidDataException("no \"events\"");
            return new GoldDocument(document, events);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: not a gold file ({e.Message})", e);
        }
    }

    /// <summary>Every gold file (<c>*.json</c>) of a folder, in name order.</summary>
    public static IReadOnlyList<GoldDocument> ReadFolder(string folder) =>
        Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(Read).ToArray();
}
