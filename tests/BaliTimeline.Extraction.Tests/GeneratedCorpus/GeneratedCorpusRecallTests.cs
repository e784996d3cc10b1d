using System.Text.Json.Nodes;
using BaliTimeline.Corpus;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Evaluation;

namespace BaliTimeline.Extraction.Tests.GeneratedCorpus;

/// <summary>
/// What the extractor reads of generated documents, scored against the generator's labels as the corpus scorer
/// scores the development corpus. The floors sit just below what the extractor reached when they were set
/// (seed 5, 200 documents); the generated text was written to the genre, not to the extractor, so a figure below
/// 1 is a reading the extractor misses, not a fault of the test. Raise a floor when the extractor improves.
/// </summary>
public sealed class GeneratedCorpusRecallTests
{
    private static readonly EvaluationReport Report = Score(CorpusGenerator.Generate(5, 200));

    public static TheoryData<string, double> RecallFloors => new()
    {
        // Measured 0.986 (437 of 443): all six misses are annual-report lines dated without a year ("28 January — ..."),
        // which the extractor dates in the year of publication rather than the year the report covers.
        { ValueMatch.Meeting, 0.97 },
        // Measured 0.978 (133 of 136): "The RSO published the ..." is not read as a status; a name with "between" is cut
        // there; "Practitioner Guide on Returns and Reintegration of Victims of Trafficking" is read as the known Policy Guide.
        { ValueMatch.Guide, 0.95 },
        // Measured 1.000 (106 of 106).
        { ValueMatch.WorkPlan, 0.98 },
        // Measured 0.953 (385 of 404): changes of co-chair ("X assumed the co-chairmanship of ... from Y", "took over from",
        // "Since July 2016, X has been a co-chair of ..."), a pair whose second agency is written "the Department of ... of
        // Australia" (the first agency swallows it), and the co-chairs on annual-report lines dated without a year.
        { ValueMatch.CoChair, 0.93 },
    };

    [Theory]
    [MemberData(nameof(RecallFloors))]
    public void the_extractor_finds_each_fact_type_in_generated_documents_at_or_above_its_floor(string type, double floor)
    {
        var score = Report.Types[type];

        Assert.True(score.Recall >= floor, $"{type}: recall {score.Recall:0.000} ({score.Matched} of {score.Labelled}) is below the floor {floor:0.00}");
    }

    [Fact]
    public void every_generated_document_is_read_and_every_quote_the_extractor_gives_is_verbatim()
    {
        Assert.Empty(Report.DocumentsNotRead);
        Assert.Equal(Report.Quotes, Report.VerbatimQuotes);
    }

    /// <summary>Extracts each document and compares it with its labels, read back from the gold JSON the writer saves.</summary>
    internal static EvaluationReport Score(IEnumerable<GeneratedDocument> documents)
    {
        var read = new List<Evaluation.Evaluation.ReadDocument>();
        var gold = new List<GoldDocument>();
        foreach (var document in documents)
        {
            read.Add(new Evaluation.Evaluation.ReadDocument(document.Text, DocumentExtractor.Extract(document.FileName, document.Text)));
            var labels = JsonNode.Parse(document.GoldJson)!.AsObject();
            gold.Add(new GoldDocument(document.FileName, labels["events"]!.AsArray().Select(e => e!.AsObject()).ToArray()));
        }
        return Evaluation.Evaluation.Compare(read, gold);
    }
}
