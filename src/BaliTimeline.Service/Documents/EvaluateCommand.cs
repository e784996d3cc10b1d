using System.Globalization;
using BaliTimeline.Extraction.Evaluation;
using BaliTimeline.Extraction.Sources;

namespace BaliTimeline.Service.Documents;

public class EvaluateInput : NetCoreInput
{
    [Description("A folder of documents (or one document) to extract")]
    public string Documents { get; set; } = "";

    [Description("A folder of gold files, NAME.txt.json, in the development corpus's format (tests/corpus/README.md)")]
    public string Gold { get; set; } = "";

    [Description("Print only the figures, not the misses and false finds")]
    public bool SummaryFlag { get; set; }

    [Description("Print JSON for machines instead of tables")]
    public bool JsonFlag { get; set; }
}

[Description("Score the extractor against labelled documents: precision, recall and F1 per event type, misses and false finds", Name = "evaluate")]
public sealed class EvaluateCommand : JasperFxAsyncCommand<EvaluateInput>
{
    public EvaluateCommand() => Usage("Evaluate").Arguments(x => x.Documents, x => x.Gold).ValidFlags(x => x.SummaryFlag, x => x.JsonFlag);

    public override Task<bool> Execute(EvaluateInput input) => CommandRunner.Run(() =>
    {
        if (!Directory.Exists(input.Gold)) throw new DocumentRejectedException(input.Gold, "no such folder of gold files");
        var documents = SourceDocumentReader.ReadAll(input.Documents).Select(d => (d.FileName, d.Text, d.Metadata));
        EvaluationReport report;
        try
        {
            report = Evaluation.Run(documents, input.Gold);
        }
        catch (InvalidDataException e)
        {
            throw new CommandFailedException(e.Message);
        }
        if (input.JsonFlag)
        {
            Json.Print(Json.Node(new
            {
                types = report.Types.ToDictionary(t => t.Key, t => Figures(t.Value)),
                overall = Figures(report.Overall),
                verbatimQuotes = report.VerbatimQuotes,
                quotes = report.Quotes,
                report.Misses,
                report.FalseFinds,
                report.DocumentsNotRead,
            })!);
            return Task.CompletedTask;
        }
        var table = new Table().AddColumns("type", "labelled", "found", "matched", "precision", "recall", "F1");
        foreach (var (type, score) in report.Types.Append(new("all", report.Overall)))
        {
            table.AddRow(type, $"{score.Labelled}", $"{score.Found}", $"{score.Matched}", Two(score.Precision), Two(score.Recall), Two(score.F1));
        }
        AnsiConsole.Write(table);
        AnsiConsole.WriteLine($"verbatim quotes {report.VerbatimQuotes}/{report.Quotes}");
        if (report.DocumentsNotRead.Count > 0) AnsiConsole.WriteLine($"labelled but not found among the documents: {string.Join(", ", report.DocumentsNotRead)}");
        if (input.SummaryFlag) return Task.CompletedTask;
        Print("missed", report.Misses);
        Print("found, matching no label", report.FalseFinds);
        return Task.CompletedTask;
    });

    private static object Figures(TypeScore s) => new { s.Labelled, s.Found, s.Matched, s.Precision, s.Recall, s.F1 };

    private static string Two(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Print(string title, IReadOnlyList<Finding> findings)
    {
        // Plain lines, not console markup: a finding is one line however wide, for grep and diff.
        Console.Out.WriteLine();
        Console.Out.WriteLine($"{title} ({findings.Count}):");
        foreach (var f in findings)
        {
            Console.Out.WriteLine($"  {f.Document} {f.Type}: {f.Summary}");
            Console.Out.WriteLine($"      \"{Describe.Clip(f.Quote, 240)}\"");
        }
    }
}
