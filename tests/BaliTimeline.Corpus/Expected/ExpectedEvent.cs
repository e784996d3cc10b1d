using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>
/// A fact the generated text states, labelled as the development corpus labels it (<c>corpus/README.md</c>): one of
/// the four event types, its fields, and the verbatim span of the text that states it.
/// </summary>
public abstract record ExpectedEvent(string Quote)
{
    /// <summary>The gold file's <c>type</c>: MeetingHeld, GuideEndorsed, WorkPlanAdopted or CoChairChanged.</summary>
    public abstract string Type { get; }

    /// <summary>Writes the fields between <c>type</c> and <c>quote</c>, in the gold format's order.</summary>
    protected abstract void WriteFields(Utf8JsonWriter json);

    public void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("type", Type);
        WriteFields(json);
        json.WriteString("quote", Quote);
        json.WriteEndObject();
    }
}
