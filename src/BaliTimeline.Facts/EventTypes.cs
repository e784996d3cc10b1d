namespace BaliTimeline.Facts;

/// <summary>
/// Every event a document's stream can hold, with the two names it has outside C#: the name it is stored under (the
/// event table's type column) and the "type" tag of its public JSON. Declared here, never derived from class names, so
/// a class can be renamed or moved without orphaning stored events or changing the API. A name, once used, is never
/// reused for another shape; a changed shape gets a new name and an upcaster from the old (<see cref="EventType.EarlierNames"/>).
/// </summary>
public static class EventTypes
{
    public static IReadOnlyList<EventType> All { get; } =
    [
        new(typeof(DocumentRegistered), "document_registered", "DocumentRegistered"),
        new(typeof(DocumentRevised), "document_revised", "DocumentRevised"),
        new(typeof(DocumentReread), "document_reread", "DocumentReread"),
        new(typeof(FactRetracted), "fact_retracted", "FactRetracted"),
        new(typeof(MeetingHeld), "meeting_held_v2", "MeetingHeld") { EarlierNames = ["meeting_held"] },
        new(typeof(CoChairChanged), "co_chair_changed", "CoChairChanged"),
        new(typeof(GuideEndorsed), "guide_endorsed", "GuideEndorsed"),
        new(typeof(GuideStatusNoted), "guide_status_noted", "GuideStatusNoted"),
        new(typeof(WorkPlanAdopted), "work_plan_adopted", "WorkPlanAdopted"),
        new(typeof(WorkPlanStatusNoted), "work_plan_status_noted", "WorkPlanStatusNoted"),
    ];

    public static EventType Of(Type type) =>
        All.FirstOrDefault(t => t.Type == type) ?? throw new ArgumentException($"{type} is not an event of a document's stream", nameof(type));

    /// <summary>The "type" tag of an event in public JSON.</summary>
    public static string PublicName(object data) => Of(data.GetType()).PublicName;
}
