using BaliTimeline.EventStore.Documents;
using BaliTimeline.Extraction.Documents;
using BaliTimeline.Extraction.Sources;
using BaliTimeline.Facts;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// The document aggregate without a database: given the readings already in a stream, when a new reading arrives,
/// then these events are appended (<see cref="DocumentDecider"/>), and folding them gives this state (<see cref="DocumentState"/>).
/// </summary>
public sealed class DocumentDeciderTests
{
    private const string Met = "On 16 May 2018, the Working Group on Trafficking in Persons met for the fourth time in Bangkok.";
    private const string Endorsed = "Senior officials endorsed the Policy Guide on Following the Money in Trafficking in Persons Cases on 10 November 2020.";
    private const string Tip = "Working Group on Trafficking in Persons";

    [Fact]
    public void a_first_reading_registers_the_document_then_states_each_fact_once()
    {
        var events = When(Reading(Met + "\n" + Met + "\n" + Endorsed));

        Assert.Equal(IngestionOutcome.New, events.Outcome);
        var registered = Assert.IsType<DocumentRegistered>(events.Events[0].Data);
        Assert.Equal(("statement.txt", Hash(Met + "\n" + Met + "\n" + Endorsed), DocumentExtractor.Version), (registered.FileName, registered.Sha256, registered.ExtractorVersion));
        Assert.Single(events.Events, e => e.Data is MeetingHeld { Body: Tip, Ordinal: 4 });
        Assert.Single(events.Events, e => e.Data is GuideEndorsed);
        Assert.Equal(events.Events.Count, events.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void deciding_the_same_reading_twice_gives_the_same_events_with_the_same_ids()
    {
        Assert.Equal(When(Reading(Met)).Events, When(Reading(Met)).Events);
    }

    [Fact]
    public void the_same_text_read_again_by_the_same_or_an_older_extractor_appends_nothing()
    {
        var state = Given(Reading(Met, version: 3));

        Assert.Equal((IngestionOutcome.Unchanged, 0), Count(DocumentDecider.Decide(state, Reading(Met, version: 3))));
        Assert.Equal((IngestionOutcome.Unchanged, 0), Count(DocumentDecider.Decide(state, Reading(Met, version: 2))));
    }

    [Fact]
    public void the_same_text_read_by_a_newer_extractor_is_a_reread_that_appends_only_what_changed()
    {
        var state = Given(Reading(Met, version: 1));

        var decision = DocumentDecider.Decide(state, Reading(Met, version: 2));

        Assert.Equal(IngestionOutcome.Reread, decision.Outcome);
        Assert.Equal(new DocumentReread(Hash(Met), 1, 2), Assert.Single(decision.Events).Data);
    }

    [Fact]
    public void a_revised_text_retracts_what_it_no_longer_states_adds_what_it_now_states_and_keeps_the_rest()
    {
        var first = Reading(Met + "\n" + Endorsed);
        var stream = Events(first);
        var meeting = stream.Single(e => e.Data is MeetingHeld);
        var revisedText = Endorsed.Replace("10 November 2020", "11 November 2020");

        var decision = DocumentDecider.Decide(Fold(stream), Reading(revisedText));

        Assert.Equal(IngestionOutcome.Revised, decision.Outcome);
        var revised = Assert.IsType<DocumentRevised>(decision.Events[0].Data);
        Assert.Equal((Hash(Met + "\n" + Endorsed), Hash(revisedText)), (revised.PreviousSha256, revised.Sha256));
        var retractions = decision.Events.Select(e => e.Data).OfType<FactRetracted>().ToArray();
        Assert.Contains(retractions, r => r.RetractedEventId == meeting.Id && r.FactType == "MeetingHeld");
        Assert.Contains(decision.Events, e => e.Data is GuideEndorsed { Date: { } d } && d.ToString() == "2020-11-11");
        Assert.DoesNotContain(decision.Events, e => e.Data is MeetingHeld);
    }

    [Fact]
    public void a_changed_sidecar_alone_is_a_revision()
    {
        var state = Given(Reading(Met));

        var decision = DocumentDecider.Decide(state, Reading(Met) with { Source = Source(Met) with { MetadataSha256 = "ab12" } });

        Assert.Equal(IngestionOutcome.Revised, decision.Outcome);
        Assert.Equal("ab12", Assert.IsType<DocumentRevised>(decision.Events[0].Data).MetadataSha256);
    }

    [Fact]
    public void the_fold_counts_readings_and_keeps_only_facts_not_retracted()
    {
        var stream = Events(Reading(Met + "\n" + Endorsed));
        var revision = DocumentDecider.Decide(Fold(stream), Reading(Endorsed)).Events;

        var state = Fold([.. stream, .. revision])!;

        Assert.Equal((2, Hash(Endorsed)), (state.Revision, state.Sha256));
        Assert.DoesNotContain(state.ActiveFacts.Values, f => f.Fact is MeetingHeld);
        Assert.Contains(state.ActiveFacts.Values, f => f.Fact is GuideEndorsed);
    }

    [Fact]
    public void a_stream_without_its_registration_folds_to_no_document()
    {
        Assert.Null(Fold([(Guid.NewGuid(), new DocumentReread("ab12", 1, 2))]));
    }

    private static DocumentReading Reading(string text, int version = DocumentExtractor.Version) =>
        new(Source(text), DocumentExtractor.Extract("statement.txt", text, null), version);

    private static SourceDocument Source(string text) => new("/in/statement.txt", "statement.txt", text, Hash(text), null, null);

    private static string Hash(string text) => FactIdentity.Hash(text);

    private static DocumentDecision When(DocumentReading reading) => DocumentDecider.Decide(null, reading);

    private static IReadOnlyList<(Guid Id, object Data)> Events(DocumentReading reading) => When(reading).Events;

    private static DocumentState? Given(DocumentReading reading) => Fold(Events(reading));

    private static DocumentState? Fold(IEnumerable<(Guid Id, object Data)> events) => DocumentState.From("statement", events);

    private static (IngestionOutcome, int) Count(DocumentDecision decision) => (decision.Outcome, decision.Events.Count);
}
