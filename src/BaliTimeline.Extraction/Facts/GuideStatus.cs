using System.Text.Json.Serialization;

namespace BaliTimeline.Extraction.Facts;

/// <summary>The states of a guide short of, or after, endorsement. Each is a different fact, never merged.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GuideStatus>))]
public enum GuideStatus
{
    Draft,
    Completed,
    /// <summary>"would be endorsed out of session", "ahead of seeking endorsement": not endorsed yet.</summary>
    EndorsementPending,
    /// <summary>No longer read (a plan to update is not a status the guide has); kept so stored events still read.</summary>
    UpdatePlanned,
    Launched,
    Published,
}
