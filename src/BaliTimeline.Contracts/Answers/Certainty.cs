using System.Text.Json.Serialization;

namespace BaliTimeline.Contracts;

/// <summary>Whether a fact with a partial date had certainly happened by the as-of date, or only possibly.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Certainty>))]
public enum Certainty
{
    Certain,
    Possible,
}
