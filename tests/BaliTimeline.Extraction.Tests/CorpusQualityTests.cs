using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Evaluation;
using BaliTimeline.Tests;

namespace BaliTimeline.Extraction.Tests;

/// <summary>
/// A quality gate, not a timing: the extractor's F1 on the development corpus may not fall below what it has
/// reached. Raise a floor when a change lifts a figure for good; never lower one to let a change through.
/// </summary>
public sealed class CorpusQualityTests
{
    private static readonly EvaluationReport Report = Evaluate(Path.Combine(Repository.Corpus, "dev"), Path.Combine(Repository.Corpus, "gold"));

    public static TheoryData<string, double> Floors => new()
    {
        { ValueMatch.Meeting, 0.98 },
        { ValueMatch.Guide, 0.99 },
        { ValueMatch.WorkPlan, 0.98 },
        { ValueMatch.CoChair, 0.99 },
    };

    [Theory]
    [MemberData(nameof(Floors))]
    public void each_event_types_f1_on_the_development_corpus_stays_at_or_above_its_floor(string type, double floor)
    {
        Assert.True(Report.Types[type].F1 >= floor, $"{type}: F1 {Report.Types[type].F1:0.000} is below the floor {floor:0.00}");
    }

    [Fact]
    public void precision_over_all_types_stays_at_or_above_its_floor()
    {
        Assert.True(Report.Overall.Precision >= 0.99, $"precision {Report.Overall.Precision:0.000} is below the floor 0.99");
    }

    [Fact]
    public void every_quote_is_a_verbatim_span_of_its_document_and_every_labelled_document_is_read()
    {
        Assert.Equal(Report.Quotes, Report.VerbatimQuotes);
        Assert.Empty(Report.DocumentsNotRead);
    }

    /// <summary>The corpus read as the command line reads it: each document with its metadata sidecar, if it has one.</summary>
    internal static EvaluationReport Evaluate(string documents, string gold) =>
        Evaluation.Evaluation.Run(
            Directory.GetFiles(documents, "*.txt").Order(StringComparer.Ordinal).Select(path =>
            {
                var sidecar = Path.ChangeExtension(path, null) + ".meta.json";
                var metadata = File.Exists(sidecar) ? DocumentMetadata.Parse(File.ReadAllText(sidecar)) : null;
                return (Path.GetFileName(path), File.ReadAllText(path), metadata);
            }),
            gold);
}
