using System.Text.Json;
using BaliTimeline.Facts;
using Marten;

namespace BaliTimeline.EventStore.Tests;

/// <summary>
/// The stored shape of every event, pinned: a change here is a schema change of stored history and needs an upcaster,
/// not an edit of this test. No database is touched; the JSON is Marten's own serializer's, as configured.
/// </summary>
public sealed class StoredEventJsonTests
{
    private static readonly Evidence Evidence = new("000.txt", "On 16 May 2018, the Working Group met.", 190, 228);

    private static string Stored(object data)
    {
        using var store = DocumentStore.For(options => TimelineStore.Configure(options, "Host=not-used-by-this-test"));
        return store.Options.Serializer().ToJson(data);
    }

    public static TheoryData<string, object, string> Events => new()
    {
        { "document_registered", new DocumentRegistered { FileName = "000.txt", Sha256 = "ab12", Length = 3355, Title = "Fourth Annual Meeting", TitleSource = ValueSource.Text, Date = PartialDate.Parse("2018-05-14/2018-05-16"), DateSource = ValueSource.Text, ExtractorVersion = 1 },
            """{"fileName":"000.txt","sha256":"ab12","length":3355,"title":"Fourth Annual Meeting","titleSource":"Text","date":"2018-05-14/2018-05-16","dateSource":"Text","source":null,"metadataSha256":null,"extractorVersion":1}""" },
        { "document_revised", new DocumentRevised { FileName = "000.txt", PreviousSha256 = "ab12", Sha256 = "cd34", Length = 3360, DateSource = ValueSource.Metadata, Date = PartialDate.Parse("2024-11"), Source = "curated", MetadataSha256 = "ef56", ExtractorVersion = 1 },
            """{"fileName":"000.txt","previousSha256":"ab12","sha256":"cd34","length":3360,"title":null,"titleSource":"None","date":"2024-11","dateSource":"Metadata","source":"curated","metadataSha256":"ef56","extractorVersion":1}""" },
        { "document_reread", new DocumentReread("cd34", 1, 2),
            """{"sha256":"cd34","previousExtractorVersion":1,"extractorVersion":2}""" },
        { "fact_retracted", new FactRetracted(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"), "CoChairChanged", "revision 2 no longer states it"),
            """{"retractedEventId":"0f8fad5b-d9cb-469f-a165-70867728950e","factType":"CoChairChanged","reason":"revision 2 no longer states it"}""" },
        { "meeting_held_v2", new MeetingHeld(null, "Working Group on Trafficking in Persons", 4, PartialDate.Parse("2018-05-16"), DateBasis.Stated, "Bangkok", "Thailand", null, Evidence),
            """{"name":null,"body":"Working Group on Trafficking in Persons","ordinal":4,"date":"2018-05-16","dateBasis":"Stated","location":"Bangkok","country":"Thailand","format":null,"evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
        { "co_chair_changed", new CoChairChanged("Working Group on Trafficking in Persons", "Australia", "Australian Border Force", PartialDate.Parse("2020-11-10"), DateBasis.Stated, Evidence),
            """{"body":"Working Group on Trafficking in Persons","member":"Australia","agency":"Australian Border Force","effectiveFrom":"2020-11-10","dateBasis":"Stated","evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
        { "guide_endorsed", new GuideEndorsed("Follow the Money", "12th Ad Hoc Senior Officials Meeting", PartialDate.Parse("../2018-05-16"), DateBasis.Meeting, Evidence),
            """{"guide":"Follow the Money","endorsedBy":"12th Ad Hoc Senior Officials Meeting","date":"../2018-05-16","dateBasis":"Meeting","evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
        { "guide_status_noted", new GuideStatusNoted("Compendium", GuideStatus.EndorsementPending, PartialDate.Parse("2020-11-10"), DateBasis.Meeting, Evidence),
            """{"guide":"Compendium","status":"EndorsementPending","date":"2020-11-10","dateBasis":"Meeting","evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
        { "work_plan_adopted", new WorkPlanAdopted("Working Group on Trafficking in Persons", 2024, 2026, "10th annual meeting", PartialDate.Parse("../2024-11-30"), DateBasis.YearFromMetadata, Evidence),
            """{"body":"Working Group on Trafficking in Persons","firstYear":2024,"lastYear":2026,"adoptedAt":"10th annual meeting","date":"../2024-11-30","dateBasis":"YearFromMetadata","evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
        { "work_plan_status_noted", new WorkPlanStatusNoted("Working Group on Trafficking in Persons", 2020, 2022, WorkPlanStatus.Draft, PartialDate.Parse("2020-11-10"), DateBasis.Meeting, Evidence),
            """{"body":"Working Group on Trafficking in Persons","firstYear":2020,"lastYear":2022,"status":"Draft","date":"2020-11-10","dateBasis":"Meeting","evidence":{"document":"000.txt","quote":"On 16 May 2018, the Working Group met.","start":190,"end":228}}""" },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void each_event_is_stored_under_its_fixed_name_with_its_pinned_json(string storedName, object data, string json)
    {
        Assert.Equal(storedName, EventTypes.Of(data.GetType()).StoredName);
        Assert.Equal(json, Stored(data));
        // The shape is the events' own, declared with them, not a setting of the store.
        Assert.Equal(json, JsonSerializer.Serialize(data, data.GetType()));
    }

    [Fact]
    public void every_event_class_has_one_stored_name_and_one_public_name_of_its_own()
    {
        var eventClasses = typeof(Fact).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && (t.IsAssignableTo(typeof(Fact)) || t.IsAssignableTo(typeof(DocumentRead)) || t.Name is nameof(DocumentReread) or nameof(FactRetracted)));

        Assert.Equal(eventClasses.OrderBy(t => t.Name), EventTypes.All.Select(t => t.Type).OrderBy(t => t.Name));
        // A stored name, once used, is never used again: not by another class, nor by a later shape of the same one.
        var storedNames = EventTypes.All.SelectMany(t => t.EarlierNames.Append(t.StoredName)).ToArray();
        Assert.Equal(storedNames.Length, storedNames.Distinct().Count());
        Assert.Equal(EventTypes.All.Count, EventTypes.All.Select(t => t.PublicName).Distinct().Count());
    }
}
