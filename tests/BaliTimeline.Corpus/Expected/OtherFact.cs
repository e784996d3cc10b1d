using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>
/// Something the text says on purpose that is not one of the four facts: a meeting that will be held or was
/// postponed, a workshop's own co-chairs, a concept note endorsed, a guide only commissioned. Kept in the gold file's
/// <c>other_facts</c>, as the development corpus does, so a reader can see what an extractor must not report.
/// </summary>
public sealed record OtherFact(string Kind, string Summary, string? Date, string Quote)
{
    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("kind", Kind);
        json.WriteString("summary", Summary);
        json.WriteString("date", Date);
        json.WriteString("quote", Quote);
        json.WriteEndObject();
    }
}
