using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>
/// One generated document's labels in the development corpus's gold format (<c>gold/NAME.txt.json</c>), which the
/// corpus scorer (<c>score_extraction.py</c>) and the project's <c>Evaluation</c> both read.
/// </summary>
public sealed record ExpectedFacts(
    string Document,
    string? DocumentDate,
    IReadOnlyList<ExpectedEvent> Events,
    IReadOnlyList<OtherFact> OtherFacts,
    string Notes)
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // The default is the platform's newline: pinned, so a corpus is byte-identical on every machine.
        NewLine = "\n",
        // Readable quotes (apostrophes, dashes, accents) in the file; any encoder would be as deterministic.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson()
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("document", Document);
            json.WriteString("document_date", DocumentDate);
            json.WriteString("notes", Notes);
            json.WriteStartArray("events");
            foreach (var e in Events) e.Write(json);
            json.WriteEndArray();
            json.WriteStartArray("other_facts");
            foreach (var o in OtherFacts) o.Write(json);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
