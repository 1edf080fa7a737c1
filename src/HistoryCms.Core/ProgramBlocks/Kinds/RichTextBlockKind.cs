using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// Rich text: <c>{"markup":"&lt;p&gt;…&lt;/p&gt;"}</c>. The markup is stored as the editor wrote it and sanitized when
/// delivered (by the context's <see cref="Content.IHtmlSanitizer"/>).
/// </summary>
public sealed class RichTextBlockKind : IProgramBlockKind
{
    /// <summary>The longest markup, in characters.</summary>
    public const int MaxMarkupLength = 100_000;

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.RichText;

    /// <inheritdoc />
    public string DisplayName => "Rich text";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var markup = check.Text("markup", "the text", MaxMarkupLength, required: true);
        if (markup is not null && HtmlText.ToPlainText(markup).Length == 0)
        {
            check.Add("markup", "the text is empty.");
        }

        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => [];

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(context);
        var markup = BlockContent.Text(block.Content, "markup");
        return markup is null ? null : new RichTextBlockContent(context.Sanitizer.Sanitize(markup));
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => HtmlText.ToPlainText(BlockContent.Text(content, "markup"));
}
