namespace BaliTimeline.Extraction.Reading;

/// <summary>
/// A guide or other product named at [Start, End) of a sentence: "the Bali Process Policy Guide on ...", "the WG-TIP
/// Victim Identification Indicators Checklist", "Trapped in Deceit, a policy brief", "a draft guide on trauma-informed
/// interviewing". <see cref="Name"/> is canonical when the name table knows it, else as written.
/// </summary>
public sealed record ProductMention(int Start, int End, string Name, bool Reference = false);
