using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.Forms;

namespace BaliTimeline.Corpus;

/// <summary>One generated document: its file name, its kind, its text, and the facts it states (its gold labels).</summary>
public sealed record GeneratedDocument(string FileName, DocumentForm Form, string Text, ExpectedFacts Expected)
{
    /// <summary>The gold file's name, as the corpus scorer looks it up: <c>NAME.txt.json</c>.</summary>
    public string GoldFileName => FileName + ".json";

    public string GoldJson => Expected.ToJson();
}
