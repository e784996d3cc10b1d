namespace BaliTimeline.Extraction.Reading;

/// <summary>How a mention is introduced: "the meeting" refers back, "a workshop" introduces, "its second meeting" belongs.</summary>
public enum Determiner
{
    None,
    Definite,
    Indefinite,
    Possessive,
    /// <summary>"each", "future", "next", "regular", "all": not one particular meeting.</summary>
    Generic,
}

/// <summary>
/// A meeting named or referred to at [Start, End) of a sentence's text: "the Sixth Bali Process Ministerial Conference",
/// "a review workshop on the draft guides", "its second meeting", "the Forum". <see cref="Head"/> is the kind of
/// meeting (meeting, workshop, period of action, ...); <see cref="Body"/> the body its words name, if any;
/// <see cref="Possessor"/> the owner written before it ("its", "their", "our", "Group's") for the rule to resolve.
/// </summary>
public sealed record MeetingMention(
    int Start,
    int End,
    string Written,
    string Head,
    int? Ordinal,
    string? Body,
    string? Possessor,
    Determiner Determiner,
    bool Named,
    bool Plural)
{
    /// <summary>"the meeting", "this conference", "the Forum": a meeting already named, not a new one.</summary>
    public bool IsReference => Ordinal is null && !Named && !Plural && Determiner is Determiner.Definite or Determiner.Possessive;

    /// <summary>Which numbering the ordinal counts in: a body's meetings, or its periods of action, workshops, ...</summary>
    public string Series => Head is "meeting" or "conference" or "forum" or "som" ? "meeting" : Head;
}
