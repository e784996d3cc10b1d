using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>
/// A guide or other product and the status the verb gives it (draft, endorsed, launched, published, completed,
/// to-be-endorsed). <see cref="Date"/> when the text dates that status; otherwise <see cref="NotLaterThan"/>, the
/// document's date, bounds it.
/// </summary>
public sealed record ExpectedGuide(string Guide, string Status, string? By, string? Date, string? NotLaterThan, string Quote) : ExpectedEvent(Quote)
{
    public override string Type => "GuideEndorsed";

    protected override void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("guide", Guide);
        json.WriteString("status", Status);
        json.WriteString("by", By);
        json.WriteString("date", Date);
        json.WriteString("not_later_than", NotLaterThan);
    }
}
