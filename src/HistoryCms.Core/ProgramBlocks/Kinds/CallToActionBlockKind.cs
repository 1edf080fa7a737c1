using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// A call to action: a label and a link to a page of the site or to an external http(s) URL:
/// <c>{"label":"…","link":{"url":"https://…"}}</c> or <c>{"label":"…","link":{"document":"&lt;guid&gt;"}}</c>.
/// A block whose page no longer exists is left out of delivery.
/// </summary>
public sealed class CallToActionBlockKind : IProgramBlockKind
{
    /// <summary>The longest label, in characters.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>The longest external URL, in characters.</summary>
    public const int MaxUrlLength = 2_048;

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.CallToAction;

    /// <inheritdoc />
    public string DisplayName => "Call to action";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        check.Text("label", "the label", MaxLabelLength, required: true);
        if (check.Child("link", "the link", required: true) is not { } link)
        {
            return check.Messages;
        }

        var target = check.Nested(link, "link");
        var hasUrl = link["url"] is not null;
        var hasDocument = link["document"] is not null;
        if (hasUrl && hasDocument)
        {
            target.Add(string.Empty, "the link must lead either to a page of the site or to a URL, not both.");
        }
        else if (hasDocument)
        {
            target.Pick(link["document"], "document", "the linked page", contentType: null);
        }
        else if (!hasUrl)
        {
            target.Add(string.Empty, "the link has no target: pick a page of the site or enter a URL.");
        }
        else if (target.Text("url", "the link", MaxUrlLength, required: true) is { } url && !IsSafeExternalUrl(url))
        {
            target.Add("url", "the link must be an absolute http or https URL, such as https://www.example.org/page.");
        }

        return check.Messages;
    }

    /// <summary>Whether <paramref name="url"/> is an absolute http or https URL with a host and no spaces or control characters.</summary>
    /// <param name="url">The URL.</param>
    /// <returns><c>true</c> when it may be delivered as a link.</returns>
    public static bool IsSafeExternalUrl(string? url) =>
        url is { Length: > 0 and <= MaxUrlLength }
        && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Key(BlockContent.Child(content, "link"), "document") is { } key
            ? [new ProgramBlockReference(key, ProgramBlockReferenceTarget.Page)]
            : [];

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        var label = BlockContent.Text(block.Content, "label");
        var link = BlockContent.Child(block.Content, "link");
        if (label is null || label.Length > MaxLabelLength || link is null)
        {
            return null;
        }

        if (BlockContent.Key(link, "document") is { } key)
        {
            return ContentCards.Link(key, context) is { } page
                ? new CallToActionBlockContent(label, new DeliveredLink(page.Route.Path, External: false, page))
                : null;
        }

        var url = BlockContent.Text(link, "url");
        return IsSafeExternalUrl(url) ? new CallToActionBlockContent(label, new DeliveredLink(url!, External: true, Document: null)) : null;
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => BlockContent.Text(content, "label") ?? string.Empty;
}
