namespace BaliTimeline.Extraction.Evaluation;

/// <summary>Labelled, found and matched events of one type, and the figures that follow from them.</summary>
public sealed record TypeScore(int Labelled, int Found, int Matched)
{
    public double Precision => Found == 0 ? 0 : (double)Matched / Found;

    public double Recall => Labelled == 0 ? 0 : (double)Matched / Labelled;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A label nobody found, or a find that matches no label: where, what, and the quote.</summary>
public sealed record Finding(string Document, string Type, string Summary, string Quote);

/// <summary>An extraction scored against labels: per type, over all, and the cases behind the figures.</summary>
public sealed record EvaluationReport(
    IReadOnlyDictionary<string, TypeScore> Types,
    IReadOnlyList<Finding> Misses,
    IReadOnlyList<Finding> FalseFinds,
    int VerbatimQuotes,
    int Quotes,
    IReadOnlyList<string> DocumentsNotRead)
{
    public TypeScore Overall => new(Types.Values.Sum(t => t.Labelled), Types.Values.Sum(t => t.Found), Types.Values.Sum(t => t.Matched));
}
