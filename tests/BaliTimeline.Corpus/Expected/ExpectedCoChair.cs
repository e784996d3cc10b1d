using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>A member holding a standing body's co-chair role from <see cref="AsOf"/>, through the agency the text names, if any.</summary>
public sealed record ExpectedCoChair(string Body, string Member, string? Agency, string? AsOf, string Quote) : ExpectedEvent(Quote)
{
    public override string Type => "CoChairChanged";

    protected override void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("body", Body);
        json.WriteString("member", Member);
        json.WriteString("agency", Agency);
        json.WriteString("as_of", AsOf);
    }
}
