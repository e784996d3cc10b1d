using System.Text.Json.Serialization;

namespace BaliTimeline.Timeline.Guides;

/// <summary>A guide's status in the register, in the order of a guide's life.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GuideState>))]
public enum GuideState
{
    Draft,
    Completed,
    EndorsementPending,
    Endorsed,
    Launched,
    Published,
    UpdatePlanned,
}
