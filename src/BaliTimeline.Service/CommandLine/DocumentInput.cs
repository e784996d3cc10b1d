namespace BaliTimeline.Service.CommandLine;

public class DocumentInput : JsonInput
{
    [Description("The document: its file name (with or without extension), path, or stream key")]
    public string Document { get; set; } = "";
}
