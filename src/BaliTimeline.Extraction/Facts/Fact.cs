using System.Text.Json.Serialization;

namespace BaliTimeline.Extraction.Facts;

/// <summary>
/// Something a document states about the Bali Process, with the evidence for it. Facts are the domain events of
/// a document's stream: immutable, named in the past tense, carrying their own valid-time date and provenance.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(MeetingHeld), nameof(MeetingHeld))]
[JsonDerivedType(typeof(CoChairChanged), nameof(CoChairChanged))]
[JsonDerivedType(typeof(GuideEndorsed), nameof(GuideEndorsed))]
[JsonDerivedType(typeof(GuideStatusNoted), nameof(GuideStatusNoted))]
[JsonDerivedType(typeof(WorkPlanAdopted), nameof(WorkPlanAdopted))]
[JsonDerivedType(typeof(WorkPlanStatusNoted), nameof(WorkPlanStatusNoted))]
public abstract record Fact(Evidence Evidence);
