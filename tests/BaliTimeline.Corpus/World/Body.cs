namespace BaliTimeline.Corpus.World;

/// <summary>
/// A Bali Process body whose meetings the documents report. <see cref="GoldName"/> is the name the labels use;
/// <see cref="Names"/> are the ways the text writes it. <see cref="Standing"/>: its co-chairs are the body's co-chairs
/// (a conference, group, task force, forum); a one-off workshop's co-chairs are not. <see cref="OrdinalIn"/> numbers
/// its meetings plausibly by year, so a generated "Eighth Ministerial Conference" does not fall in 2003.
/// <see cref="Convener"/>: the name that can say it "held its fifth meeting", for bodies that are more than their meetings.
/// </summary>
public sealed record Body(
    BodyKey Key,
    string GoldName,
    IReadOnlyList<string> Names,
    string? Acronym,
    int Founded,
    Func<int, int> OrdinalIn,
    bool Standing,
    CoChairing CoChairing,
    string Participants,
    string Reference,
    string? Convener = null)
{
    public string Name => Names[0];
}
