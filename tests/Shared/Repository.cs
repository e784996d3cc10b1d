namespace BaliTimeline.Tests;

/// <summary>Paths in the repository, found from the test binaries upward.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The development corpus: documents of the genre in <c>dev/</c>, their labels in <c>gold/</c>.</summary>
    public static string Corpus => Path.Combine(Root, "tests", "corpus");

    public static string CorpusBlind => Path.Combine(Root, "tests", "corpus-blind");

    public static string Seed(string prefix) => Directory.GetFiles(Seeds, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EventStore.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("EventStore.sln not found above " + AppContext.BaseDirectory);
    }
}
