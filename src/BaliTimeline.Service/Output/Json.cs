using System.Text.Encodings.Web;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json;
using BaliTimeline.Facts;

namespace BaliTimeline.Service.Output;

/// <summary>
/// The machine-readable output shape, kept stable for other tools: camelCase fields, dates as ISO 8601 strings at
/// their precision, enums by name, and every event an object whose first field is its "type".
/// </summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    public static JsonObject Event(object data)
    {
        var fields = JsonSerializer.SerializeToNode(data, data.GetType(), Options)!.AsObject();
        var typed = new JsonObject { ["type"] = EventTypes.PublicName(data) };
        foreach (var (name, value) in fields.ToArray())
        {
            if (name == "type") continue;
            fields.Remove(name);
            typed[name] = value;
        }
        return typed;
    }

    public static void Print(JsonNode node) => Console.Out.WriteLine(node.ToJsonString(Options));

    public static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}
