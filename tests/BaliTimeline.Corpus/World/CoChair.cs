namespace BaliTimeline.Corpus.World;

/// <summary>
/// One co-chair of a meeting as the text will present it: a member, and perhaps the agency that holds the role, an
/// invented official and an office. Only an agency stated by the text is a fact's agency; an office ("Ambassador for
/// People Smuggling and Human Trafficking", "Minister for Foreign Affairs") is never one.
/// </summary>
public sealed record CoChair(Member Member, Agency? Agency, CoChairStyle Style, string? Person = null, string? Office = null)
{
    /// <summary>The agency a label may claim: the one the text names, if any.</summary>
    public string? StatedAgency => Style is CoChairStyle.Country or CoChairStyle.PersonWithOffice or CoChairStyle.Minister ? null : Agency?.Name;

    /// <summary>The co-chair as a meeting's label lists it: "Indonesia (Ministry of Foreign Affairs)", "Australia".</summary>
    public string Label => StatedAgency is { } agency ? $"{Member.Name} ({agency})" : Member.Name;
}
