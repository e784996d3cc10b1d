using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>A meeting, workshop or course that took place. Dates are ISO at the precision the text gives, or null.</summary>
public sealed record ExpectedMeeting(
    string Body,
    string Title,
    int? Ordinal,
    string? Start,
    string? End,
    string? City,
    string? Country,
    string? Format,
    int? Participants,
    IReadOnlyList<string> CoChairs,
    string Quote) : ExpectedEvent(Quote)
{
    public override string Type => "MeetingHeld";

    protected override void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("body", Body);
        json.WriteString("title", Title);
        Gold.Number(json, "ordinal", Ordinal);
        json.WriteString("start", Start);
        json.WriteString("end", End);
        json.WriteString("city", City);
        json.WriteString("country", Country);
        json.WriteString("format", Format);
        Gold.Number(json, "participants", Participants);
        json.WriteStartArray("co_chairs");
        foreach (var coChair in CoChairs) json.WriteStringValue(coChair);
        json.WriteEndArray();
    }
}
