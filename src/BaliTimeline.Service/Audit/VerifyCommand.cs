using BaliTimeline.EventStore.Integrity;
using BaliTimeline.Extraction.Sources;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace BaliTimeline.Service.Audit;

public class VerifyInput : JsonInput
{
    [Description("A digest printed earlier and kept outside the store: fail unless the store still has it")]
    public string? DigestFlag { get; set; }

    [Description("Verify the store as an answer at this watermark saw it, and print that answer's digest")]
    public long? WatermarkFlag { get; set; }

    [Description("A folder (or file) of the documents: check each stream's file is the text it last read, and every fact's quote is in it")]
    public string? DocumentsFlag { get; set; }
}

[Description("Check that every stored event is the one that was written, and print the store's digest", Name = "verify")]
public sealed class VerifyCommand : JasperFxAsyncCommand<VerifyInput>
{
    public override async Task<bool> Execute(VerifyInput input)
    {
        Verification? verification = null;
        EvidenceReport? evidence = null;
        var ran = await CommandRunner.Run(async () =>
        {
            var documents = input.DocumentsFlag is { } path ? SourceDocumentReader.ReadAll(path) : null;
            using var host = input.BuildHost();
            var store = host.Services.GetRequiredService<IDocumentStore>();
            verification = await StoreVerifier.VerifyAsync(store, input.WatermarkFlag);
            if (documents is not null) evidence = await EvidenceCheck.CheckAsync(store, documents);
        });
        if (!ran || verification is null) return false;

        var digestKept = input.DigestFlag is null || string.Equals(input.DigestFlag.Trim(), verification.Digest, StringComparison.OrdinalIgnoreCase);
        if (input.JsonFlag)
        {
            Json.Print(Json.Node(new { verification.Streams, verification.Events, verification.Unsealed, verification.Breaks, verification.Digest, DigestKept = digestKept, Evidence = evidence })!);
        }
        else
        {
            foreach (var b in verification.Breaks)
            {
                Console.Error.WriteLine($"broken: stream {b.Stream}, sequence {b.Sequence} (version {b.Version}): {b.Reason}");
            }
            if (!digestKept) Console.Error.WriteLine($"broken: the store's digest is {verification.Digest}, not {input.DigestFlag}: events were changed, removed or added since that digest");
            var unsealed = verification.Unsealed > 0 ? $" ({verification.Unsealed} written before events were sealed, chained but without a hash of their own)" : "";
            var upTo = input.WatermarkFlag is { } watermark ? $" up to watermark {watermark}" : "";
            Console.Out.WriteLine($"{verification.Streams} streams, {verification.Events} events{upTo}{unsealed}: {(verification.Breaks.Count == 0 && digestKept ? "intact" : "BROKEN")}");
            Console.Out.WriteLine($"digest {verification.Digest}");
            if (evidence is not null) WriteEvidence(evidence, input.DocumentsFlag!);
        }
        return verification.Breaks.Count == 0 && digestKept && evidence is not { Problems.Count: > 0 };
    }

    private static void WriteEvidence(EvidenceReport evidence, string documents)
    {
        foreach (var p in evidence.Problems) Console.Error.WriteLine($"broken: stream {p.Stream}, {p.Path}: {p.Reason}");
        var verdict = evidence.Problems.Count == 0 ? "every quote is in its document" : $"{evidence.Problems.Count} problems";
        Console.Out.WriteLine($"evidence: {evidence.Documents} documents, {evidence.Facts} facts: {verdict}");
        if (evidence.StreamsWithoutFile.Count > 0)
        {
            Console.Out.WriteLine($"not checked: {evidence.StreamsWithoutFile.Count} streams have no file in {documents} ({string.Join(", ", evidence.StreamsWithoutFile.Take(5))}{(evidence.StreamsWithoutFile.Count > 5 ? ", ..." : "")})");
        }
    }
}
