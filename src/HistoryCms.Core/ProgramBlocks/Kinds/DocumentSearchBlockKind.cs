using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Search;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// A link to a pre-set site search:
/// <c>{"label":"…","query":{"program":"&lt;guid&gt;","language":"ru","repository":"RGANI","from":"1945","to":"1953"}}</c>.
/// Delivered with the search URL (<c>/search?program=…&amp;language=…</c>) and the criteria.
/// </summary>
public sealed partial class DocumentSearchBlockKind : IProgramBlockKind
{
    /// <summary>The longest label, in characters.</summary>
    public const int MaxLabelLength = 200;

    /// <summary>The longest repository, in characters.</summary>
    public const int MaxRepositoryLength = 200;

    private static readonly string[] Criteria = ["program", "language", "repository", "from", "to"];

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.DocumentSearch;

    /// <inheritdoc />
    public string DisplayName => "Document search";

    /// <inheritdoc />
    public bool IsDynamic => false;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        check.Text("label", "the label", MaxLabelLength, required: true);
        if (check.Child("query", "the search", required: true) is not { } query)
        {
            return check.Messages;
        }

        var criteria = check.Nested(query, "query");
        if (query["program"] is not null)
        {
            criteria.Pick(query["program"], "program", "the program", A.Program);
        }

        if (criteria.Text("language", "the language", 8) is { } language && !LanguagePattern().IsMatch(language))
        {
            criteria.Add("language", $"the language \"{language}\" must be a two-letter ISO 639-1 code in lower case, such as \"ru\".");
        }

        criteria.Text("repository", "the repository", MaxRepositoryLength);
        var from = Date(criteria, "from", "the start date");
        var to = Date(criteria, "to", "the end date");
        if (from is not null && to is not null && from.Value.Start > to.Value.End)
        {
            criteria.Add("to", "the end date is before the start date.");
        }

        if (!Criteria.Any(n => query[n] is not null))
        {
            criteria.Add(string.Empty, "the search has no criteria: choose a program, a language, a repository or dates.");
        }

        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Key(BlockContent.Child(content, "query"), "program") is { } key
            ? [new ProgramBlockReference(key, ProgramBlockReferenceTarget.Program)]
            : [];

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(context);
        var label = BlockContent.Text(block.Content, "label");
        if (label is null)
        {
            return null;
        }

        var query = BlockContent.Child(block.Content, "query");
        var program = BlockContent.Key(query, "program") is { } key ? ContentCards.Link(key, context, A.Program) : null;
        var language = BlockContent.Text(query, "language") is { } l && LanguagePattern().IsMatch(l) ? l : null;
        var repository = BlockContent.Text(query, "repository");
        var from = BlockContent.Text(query, "from") is { } f && SiteSearchPeriod.TryParse(f, out _) ? f : null;
        var to = BlockContent.Text(query, "to") is { } t && SiteSearchPeriod.TryParse(t, out _) ? t : null;

        var url = new StringBuilder(context.Options.SearchPath);
        var separator = '?';
        void Add(string name, string? value)
        {
            if (value is not null)
            {
                url.Append(separator).Append(name).Append('=').Append(Uri.EscapeDataString(value));
                separator = '&';
            }
        }

        Add(SiteSearchFields.Program, program?.Id.ToString("D"));
        Add(SiteSearchFields.Language, language);
        Add(SiteSearchFields.Repository, repository);
        Add(SiteSearchParameters.From, from);
        Add(SiteSearchParameters.To, to);
        return new DocumentSearchBlockContent(label, url.ToString(), new DocumentSearchQuery(program, language, repository, from, to));
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => BlockContent.Text(content, "label") ?? string.Empty;

    private static SiteSearchPeriod? Date(BlockContentCheck check, string name, string label)
    {
        var text = check.Text(name, label, 32);
        if (text is null)
        {
            return null;
        }

        if (SiteSearchPeriod.TryParse(text, out var date))
        {
            return date;
        }

        check.Add(name, $"{label} \"{text}\" must be a year, a month or a day, such as 1945, 1945-08 or 1945-08-15.");
        return null;
    }

    [GeneratedRegex("^[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
