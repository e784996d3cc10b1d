using BaliTimeline.Extraction.Documents;
using BaliTimeline.Facts;
using BaliTimeline.Timeline.Documents;

namespace BaliTimeline.Timeline.Ingestion;

/// <summary>The events one ingestion appends to a document's stream, each with its deterministic id. Pure.</summary>
public sealed record IngestionPlan(string StreamKey, IngestionOutcome Outcome, IReadOnlyList<(Guid Id, object Data)> Events, DocumentExtraction Extraction)
{
    public static IngestionPlan For(SourceDocument source, DocumentHistory? history, int extractorVersion = DocumentExtractor.Version, DocumentExtraction? extraction = null)
    {
        var key = DocumentKey.For(source.FileName);
        extraction ??= DocumentExtractor.Extract(source.FileName, source.Text, source.Metadata);
        var sameSource = history?.Sha256 == source.Sha256 && history.MetadataSha256 == source.MetadataSha256;
        // An older extractor never re-reads what a newer one read: that would undo its corrections.
        if (sameSource && history!.ExtractorVersion >= extractorVersion) return new(key, IngestionOutcome.Unchanged, [], extraction);

        var revision = (history?.Revision ?? 0) + 1;
        var facts = extraction.Facts.Select(f => (Identity: FactIdentity.Of(f), Fact: f)).DistinctBy(f => f.Identity).ToArray();
        var header = extraction.Header;
        var events = new List<(Guid, object)>();
        T Read<T>(T read) where T : DocumentRead => read with
        {
            FileName = source.FileName, Sha256 = source.Sha256, Length = source.Text.Length,
            Title = header.Title, TitleSource = header.TitleSource, Date = header.Date, DateSource = header.DateSource,
            Source = source.Metadata?.Source, MetadataSha256 = source.MetadataSha256, ExtractorVersion = extractorVersion,
        };
        events.Add((FactIdentity.EventId(key, revision, "document"), history is null
            ? Read(new DocumentRegistered())
            : sameSource ? new DocumentReread(source.Sha256, history.ExtractorVersion, extractorVersion)
            : Read(new DocumentRevised { PreviousSha256 = history.Sha256 })));

        if (history is not null)
        {
            var stated = facts.Select(f => f.Identity).ToHashSet();
            foreach (var (identity, (eventId, fact)) in history.ActiveFacts.OrderBy(a => a.Value.Fact.Evidence.Start).ThenBy(a => a.Key, StringComparer.Ordinal))
            {
                if (stated.Contains(identity)) continue;
                events.Add((FactIdentity.EventId(key, revision, "retract:" + identity),
                    new FactRetracted(eventId, EventTypes.PublicName(fact), sameSource
                        ? $"extractor version {extractorVersion} no longer reads it from the same text"
                        : $"revision {revision} of the document no longer states it")));
            }
        }
        foreach (var (identity, fact) in facts)
        {
            if (history?.ActiveFacts.ContainsKey(identity) == true) continue;
            events.Add((FactIdentity.EventId(key, revision, identity), fact));
        }
        return new(key, history is null ? IngestionOutcome.New : sameSource ? IngestionOutcome.Reread : IngestionOutcome.Revised, events, extraction);
    }
}

public enum IngestionOutcome
{
    New,
    Unchanged,
    Revised,
    /// <summary>The same text, read again by a newer extractor version.</summary>
    Reread,
}
