using System.Text.Json;
using BaliTimeline.Extraction.Names;
using Marten.Services.Json.Transformations.SystemTextJson;

namespace BaliTimeline.EventStore.Upcasting;

/// <summary>
/// A <see cref="MeetingHeld"/> stored in its first shape (<c>meeting_held</c>), which had no country, read as the event
/// is now: its country is worked out from its location as the extractor now does (<see cref="Places.CountryOf"/>), so an
/// old event and a new reading of the same sentence are the same fact. The stored row is never changed.
/// </summary>
public sealed class MeetingHeldFirstShape : EventUpcaster<MeetingHeld>
{
    public override string EventTypeName => EventTypes.Of(typeof(MeetingHeld)).EarlierNames[0];

    protected override MeetingHeld Upcast(JsonDocument stored)
    {
        var meeting = stored.Deserialize<MeetingHeld>()!;
        return meeting with { Country = Places.CountryOf(meeting.Location) };
    }
}
