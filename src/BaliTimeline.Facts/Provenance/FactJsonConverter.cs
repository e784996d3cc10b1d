using System.Text.Json;
using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// A fact held as a <see cref="Fact"/> (in the ledger, in a fact's identity) is written with its public type tag first,
/// <c>{"type": "MeetingHeld", ...}</c>, and read back by that tag wherever it stands (jsonb reorders keys). The tags are
/// <see cref="EventTypes"/>'; a fact written as its own type carries no tag, as Marten stores events.
/// </summary>
public sealed class FactJsonConverter : JsonConverter<Fact>
{
    private const string Tag = "type";

    public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Fact);

    public override Fact Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var tag = document.RootElement.TryGetProperty(Tag, out var value) ? value.GetString() : null;
        var type = EventTypes.All.FirstOrDefault(t => t.IsFact && t.PublicName == tag)
            ?? throw new JsonException(tag is null ? "a fact without its \"type\"" : $"'{tag}' is not a kind of fact");
        return (Fact)document.RootElement.Deserialize(type.Type, options)!;
    }

    public override void Write(Utf8JsonWriter writer, Fact value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(Tag, EventTypes.Of(value.GetType()).PublicName);
        using var fields = JsonSerializer.SerializeToDocument(value, value.GetType(), options);
        foreach (var field in fields.RootElement.EnumerateObject()) field.WriteTo(writer);
        writer.WriteEndObject();
    }
}
