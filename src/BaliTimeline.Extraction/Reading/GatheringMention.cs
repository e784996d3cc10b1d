namespace BaliTimeline.Extraction.Reading;

/// <summary>Who a meeting verb's subject is: a body by name, senior officials, ministers, members, or a pronoun.</summary>
public enum Gatherers
{
    Body,
    SeniorOfficials,
    Ministers,
    Members,
    Pronoun,
}

/// <summary>
/// A meeting said with a verb rather than a noun: "the Working Group first met in Bangkok in March 2015", "senior
/// officials met on 14 April 2009", "the TFPP convened for the fourth time". [Start, End) spans subject to verb;
/// <see cref="Body"/> is the subject's body when it names one, <see cref="Reference"/> the kind of body when it only
/// refers to one ("the Working Group"); <see cref="After"/> is where the verb's own words end.
/// </summary>
public sealed record GatheringMention(int Start, int End, int After, Gatherers Gatherers, string? Body, int? Ordinal, bool Past, string? Reference = null);
