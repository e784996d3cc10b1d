using System.Text.Json.Serialization;

namespace BaliTimeline.Facts;

/// <summary>
/// Something a document states about the Bali Process, with the evidence for it. Facts are the domain events of
/// a document's stream: immutable, named in the past tense, carrying their own valid-time date and provenance.
/// As a <see cref="Fact"/>, one is written with its public type tag first (<see cref="FactJsonConverter"/>).
/// </summary>
[JsonConverter(typeof(FactJsonConverter))]
public abstract record Fact([property: JsonPropertyName("evidence")] Evidence Evidence);
