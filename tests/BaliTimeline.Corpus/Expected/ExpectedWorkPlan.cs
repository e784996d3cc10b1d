using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>A body's work plan for a period ("2019-2021"), adopted or in draft; a plan the text only reports on is adopted, date null.</summary>
public sealed record ExpectedWorkPlan(string Body, string Title, string Period, string Status, string? Date, string Quote) : ExpectedEvent(Quote)
{
    public override string Type => "WorkPlanAdopted";

    protected override void WriteFields(Utf8JsonWriter json)
    {
        json.WriteString("body", Body);
        json.WriteString("title", Title);
        json.WriteString("period", Period);
        json.WriteString("status", Status);
        json.WriteString("date", Date);
    }
}
