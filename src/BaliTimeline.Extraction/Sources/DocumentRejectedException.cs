namespace BaliTimeline.Extraction.Sources;

/// <summary>An input that cannot be ingested, with the file and the reason, for a one-line error.</summary>
public sealed class DocumentRejectedException(string path, string reason)
    : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;

    public string Reason { get; } = reason;
}
