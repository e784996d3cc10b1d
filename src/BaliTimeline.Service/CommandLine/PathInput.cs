namespace BaliTimeline.Service.CommandLine;

public class PathInput : JsonInput
{
    [Description("A document file, or a folder of .txt and .md documents (each may have a NAME.meta.json sidecar)")]
    public string Path { get; set; } = "";
}
