using System.Text.Json;

namespace BaliTimeline.Corpus.Expected;

/// <summary>Small writing helpers for the gold format.</summary>
internal static class Gold
{
    public static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } n) json.WriteNumber(name, n);
        else json.WriteNull(name);
    }
}
