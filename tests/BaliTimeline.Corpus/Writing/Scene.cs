using BaliTimeline.Corpus.Calendar;

namespace BaliTimeline.Corpus.Writing;

/// <summary>What a document is about: its main meeting, and its own date at the precision its header gives.</summary>
public sealed record Scene(Gathering Main, DateOnly DocumentDate, Precision DocumentPrecision)
{
    public string GoldDocumentDate => DocumentPrecision switch
    {
        Precision.Day => Days.Iso(DocumentDate),
        Precision.Month => Days.IsoMonth(DocumentDate),
        _ => Days.IsoYear(DocumentDate),
    };

    /// <summary>The main meeting's first day, as a co-chair's label dates the role.</summary>
    public string MainStart => Days.Iso(Main.Days.Start);
}
