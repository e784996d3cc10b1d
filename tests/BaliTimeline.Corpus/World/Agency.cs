namespace BaliTimeline.Corpus.World;

/// <summary>
/// A government department or organisation that can hold a co-chair role. <see cref="NamesCountry"/>: its name already
/// says whose it is ("Australian Border Force", "Immigration New Zealand"), so the text never adds the country to it.
/// <see cref="Article"/>: the text writes "the" before it.
/// </summary>
public sealed record Agency(string Name, bool NamesCountry = false, bool Article = true)
{
    public string WithArticle => Article ? "the " + Name : Name;
}
