using System.Text.Json.Nodes;
using BaliTimeline.EventStore.Documents;
using JasperFx.Events;
using Marten;

namespace BaliTimeline.Service.Questions;

/// <summary>One event of a document's stream as shown to people and tools: where it stands, when it was recorded, and the event with its type tag.</summary>
public sealed record DocumentEvent(long Version, long Sequence, Guid Id, DateTimeOffset RecordedAt, JsonObject Event)
{
    [System.Text.Json.Serialization.JsonIgnore] public object Data { get; private init; } = default!;

    public static async Task<IReadOnlyList<DocumentEvent>> StreamAsync(IDocumentStore store, string document, CancellationToken cancellation = default)
    {
        await using var session = store.QuerySession();
        var stream = await session.Events.FetchStreamAsync(DocumentKey.For(Path.GetFileName(document)), token: cancellation);
        return stream.Select(Of).ToArray();
    }

    private static DocumentEvent Of(IEvent e) => new(e.Version, e.Sequence, e.Id, e.Timestamp, Json.Event(e.Data)) { Data = e.Data };
}
