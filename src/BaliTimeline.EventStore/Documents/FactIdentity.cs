using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace BaliTimeline.EventStore.Documents;

/// <summary>
/// Deterministic identities. A fact's identity is what it states and the quote it rests on, not where the quote sits:
/// an edit elsewhere in the document shifts spans but changes no fact. Event ids derive from the stream key, the
/// revision and the fact, so re-ingesting the same text can never produce a second copy of an event.
/// </summary>
public static class FactIdentity
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Of(Fact fact) =>
        Hash(JsonSerializer.Serialize<Fact>(fact with { Evidence = fact.Evidence with { Start = 0, End = 0 } }, Json));

    public static Guid EventId(string streamKey, int revision, string identity) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{streamKey}\n{revision}\n{identity}")).AsSpan(0, 16));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
