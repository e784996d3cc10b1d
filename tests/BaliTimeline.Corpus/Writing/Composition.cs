using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.Expected;
using BaliTimeline.Corpus.Randomness;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// One document being written: its random stream, its scene, and the facts and non-facts its sentences state so
/// far. Sentences register their facts here as they are made; the form lays the sentences out unchanged, so every
/// quote stays a verbatim span of the finished text, and <see cref="Finish"/> checks that it is.
/// </summary>
public sealed class Composition(SplitMix64 random, Scene scene)
{
    private readonly List<ExpectedEvent> _events = [];
    private readonly List<OtherFact> _others = [];
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private string? _mainQuote;
    private bool _countryStated;
    private bool _headCountStated;
    private bool _inPersonStated;
    private bool _coChairsStated;

    public SplitMix64 Random { get; } = random;

    public Scene Scene { get; } = scene;

    public Gathering Main => Scene.Main;

    public int EventCount => _events.Count;

    public void Expect(ExpectedEvent fact) => _events.Add(fact);

    public void Note(OtherFact fact) => _others.Add(fact);

    /// <summary>The span that reports the main meeting; the first one written counts.</summary>
    public void StateMain(string quote) => _mainQuote ??= quote;

    public bool MainStated => _mainQuote is not null;

    /// <summary>The text names the main meeting's country (in its sentence or its header).</summary>
    public void StateCountry() => _countryStated = true;

    /// <summary>The text gives the main meeting's head count.</summary>
    public void StateHeadCount() => _headCountStated = true;

    /// <summary>The text says the main meeting was held in person.</summary>
    public void StateInPerson() => _inPersonStated = true;

    /// <summary>The text names the main meeting's co-chairs.</summary>
    public void StateCoChairs() => _coChairsStated = true;

    public bool CoChairsStated => _coChairsStated;

    /// <summary>
    /// Claims a name (a product, a work plan's period, a recalled meeting) for this document, so one document never
    /// states the same thing twice with different facts. False when it is already used.
    /// </summary>
    public bool Claim(string key) => _used.Add(key);

    /// <summary>The labels, in the order the text states them; throws if a quote is not in the text (a generator bug).</summary>
    public ExpectedFacts Finish(string fileName, string text, string notes)
    {
        int Position(string quote)
        {
            var at = text.IndexOf(quote, StringComparison.Ordinal);
            return at >= 0 ? at : throw new InvalidOperationException($"{fileName}: the quote \"{quote}\" is not in the text");
        }
        if (_mainQuote is null) throw new InvalidOperationException($"{fileName}: no sentence reports the main meeting");
        var main = Main;
        _events.Add(new ExpectedMeeting(
            main.Body.Standing ? main.Body.GoldName : main.Title.StartsWith("RSO ", StringComparison.Ordinal) ? main.Body.GoldName : "other: " + main.Title,
            main.Title, main.Body.Standing ? main.Ordinal : null,
            Days.Iso(main.Days.Start), main.Days.End is { } end ? Days.Iso(end) : null,
            main.City, _countryStated ? main.PlaceCountry : null,
            main.Format ?? (_inPersonStated ? "in-person" : null),
            _headCountStated ? main.Participants : null,
            _coChairsStated ? main.CoChairs.Select(cc => cc.Label).ToArray() : [],
            _mainQuote));
        var events = _events.Select((e, i) => (e, i)).OrderBy(x => Position(x.e.Quote)).ThenBy(x => x.i).Select(x => x.e).ToArray();
        var others = _others.Select((o, i) => (o, i)).OrderBy(x => Position(x.o.Quote)).ThenBy(x => x.i).Select(x => x.o).ToArray();
        return new ExpectedFacts(fileName, Scene.GoldDocumentDate, events, others, notes);
    }
}
