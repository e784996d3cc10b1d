namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// What a new reading of a document appends to its stream, given what the stream asserts now. Pure: the same state and
/// reading always give the same events with the same ids, so a reading stored once can never be stored twice.
/// </summary>
public static class DocumentDecider
{
    public static DocumentDecision Decide(DocumentState? state, DocumentReading reading)
    {
        var (source, extraction, extractorVersion) = reading;
        var key = DocumentKey.For(source.FileName);
        var sameSource = state?.Sha256 == source.Sha256 && state.MetadataSha256 == source.MetadataSha256;
        // An older extractor never re-reads what a newer one read: that would undo its corrections.
        if (sameSource && state!.ExtractorVersion >= extractorVersion) return new(IngestionOutcome.Unchanged, []);

        var revision = (state?.Revision ?? 0) + 1;
        var facts = extraction.Facts.Select(f => (Identity: FactIdentity.Of(f), Fact: f)).DistinctBy(f => f.Identity).ToArray();
        var header = extraction.Header;
        T Read<T>(T read) where T : DocumentRead => read with
        {
            FileName = source.FileName, Sha256 = source.Sha256, Length = source.Text.Length,
            Title = header.Title, TitleSource = header.TitleSource, Date = header.Date, DateSource = header.DateSource,
            Source = source.Metadata?.Source, MetadataSha256 = source.MetadataSha256, ExtractorVersion = extractorVersion,
        };
        var events = new List<(Guid, object)>
        {
            (FactIdentity.EventId(key, revision, "document"), state is null
                ? Read(new DocumentRegistered())
                : sameSource ? new DocumentReread(source.Sha256, state.ExtractorVersion, extractorVersion)
                : Read(new DocumentRevised { PreviousSha256 = state.Sha256 })),
        };

        if (state is not null)
        {
            var stated = facts.Select(f => f.Identity).ToHashSet();
            foreach (var (identity, (eventId, fact)) in state.ActiveFacts.OrderBy(a => a.Value.Fact.Evidence.Start).ThenBy(a => a.Key, StringComparer.Ordinal))
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
            if (state?.ActiveFacts.ContainsKey(identity) == true) continue;
            events.Add((FactIdentity.EventId(key, revision, identity), fact));
        }
        return new(state is null ? IngestionOutcome.New : sameSource ? IngestionOutcome.Reread : IngestionOutcome.Revised, events);
    }
}
