using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// A kind of program block: what its content means, how it is checked, what it points to and how it is delivered.
/// Write one small sealed class per kind with a parameterless constructor; it is found by
/// <see cref="ProgramBlockKindCollection.Discover"/> (and by the Umbraco plugin's type loader), so a site adds a kind
/// without changing the package. Implementations must be stateless and thread-safe, and must not throw on any content.
/// </summary>
public interface IProgramBlockKind
{
    /// <summary>The alias stored in a block's <c>kind</c>, e.g. <c>richText</c>: letters and digits, starting with a letter, unique on the site.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Alias is Umbraco's word for it, and a kind is written in C#.")]
    string Alias { get; }

    /// <summary>The name editors see, e.g. "Call to action"; validation messages use it to name the block.</summary>
    string DisplayName { get; }

    /// <summary>
    /// Whether the delivered content depends on more than the stored value and the items it picks (e.g. "the newest
    /// posts"), so that a delivery cache must not keep it. Static kinds may be cached until content changes.
    /// </summary>
    bool IsDynamic { get; }

    /// <summary>Checks a block's content.</summary>
    /// <param name="content">The content (never <c>null</c>; may hold anything).</param>
    /// <param name="context">Where to look up picked items, and the limits.</param>
    /// <returns>
    /// The problems, each with a path relative to the content (e.g. <c>link.url</c>) and a message that starts in lower case
    /// and names the field ("the link must be an absolute http or https URL."); the caller adds which block it is.
    /// </returns>
    IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context);

    /// <summary>The content items a block's content points to (for reference tracking and delete protection).</summary>
    /// <param name="content">The content.</param>
    /// <returns>The keys, with what each is expected to be.</returns>
    IEnumerable<ProgramBlockReference> GetReferences(JsonObject content);

    /// <summary>Maps a block to what the delivery API emits as its <c>content</c>, with picked items expanded.</summary>
    /// <param name="block">The block (never hidden; its kind is this kind).</param>
    /// <param name="context">Content lookup, the owning program, the time, the HTML sanitizer and delivery options.</param>
    /// <returns>A JSON-serialisable object (records with camelCase-able properties), or <c>null</c> to leave the block out.</returns>
    object? Map(ProgramBlock block, ProgramBlockMappingContext context);

    /// <summary>The words of a block's content for the search index (plain text, no markup).</summary>
    /// <param name="content">The content.</param>
    /// <returns>The text, or an empty string.</returns>
    string IndexText(JsonObject content);
}
