using BaliTimeline.Corpus.Calendar;
using BaliTimeline.Corpus.World;

namespace BaliTimeline.Corpus.Writing;

/// <summary>
/// A meeting a document reports or recalls: its body, number, title, days, place, format (null, "virtual",
/// "hybrid"), head count and co-chairs. The title is the proper name the text uses ("Fifth Annual Meeting of the
/// Working Group on Trafficking in Persons").
/// </summary>
public sealed record Gathering(
    Body Body,
    int? Ordinal,
    string Title,
    Days Days,
    Member? Host,
    string? City,
    string? Format,
    int? Participants,
    IReadOnlyList<CoChair> CoChairs)
{
    public bool Virtual => Format == "virtual";

    /// <summary>"Bangkok, Thailand", or "Singapore" where the city is the country.</summary>
    public string Place => City is null ? "" : Host is null || Host.Name == City ? City : $"{City}, {Host.InText}";

    /// <summary>The gold country when the text writes <see cref="Place"/>.</summary>
    public string? PlaceCountry => Host is null || Host.Name == City ? null : Host.Name;

    /// <summary>The co-chairs of a standing body are facts; a one-off workshop's are not.</summary>
    public bool CoChairsAreFacts => Body.Standing && CoChairs.Count > 0;
}
