using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>Featured archival documents with a curator's note: <c>{"documents":["&lt;guid&gt;",…],"note":"…"}</c>.</summary>
public sealed class FeaturedDocumentsBlockKind : IProgramBlockKind
{
    /// <summary>The most documents one block may feature.</summary>
    public const int MaxDocuments = 24;

    /// <summary>The longest curator's note, in characters.</summary>
    public const int MaxNoteLength = 2_000;

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.FeaturedDocuments;

    /// <inheritdoc />
    public string DisplayName => "Featured documents";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var documents = check.List("documents", "the list of documents", min: 1, max: MaxDocuments);
        var seen = new Dictionary<Guid, int>();
        for (var i = 0; i < documents.Count; i++)
        {
            if (check.Pick(documents[i], $"documents[{i}]", $"document {i + 1}", A.ArchivalDocument) is { } key && !seen.TryAdd(key, i))
            {
                check.Add($"documents[{i}]", $"document {i + 1} is the same as document {seen[key] + 1}.");
            }
        }

        check.Text("note", "the curator's note", MaxNoteLength);
        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Keys(content, "documents").Select(k => new ProgramBlockReference(k, ProgramBlockReferenceTarget.ArchivalDocument));

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        var documents = BlockContent.Keys(block.Content, "documents").Take(MaxDocuments)
            .Select(k => ContentCards.Document(k, context)).OfType<DocumentCard>().ToList();
        return new FeaturedDocumentsBlockContent(documents, BlockContent.Text(block.Content, "note"));
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => BlockContent.Text(content, "note") ?? string.Empty;
}
