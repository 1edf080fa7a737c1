using System.Globalization;
using HistoryCms.Core.Content;
using HistoryCms.Core.ContentModel;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Validates a Document Citations value and says, per citation, which one is wrong and how, in an editor's words
/// ("Citation 3 (RGANI, f. 5, op. 49 …): "abc" is not a folio number such as 193, 193ob, 12r, 5v or 193-194."),
/// with paths such as <c>citations[2].locator.value</c>. It never throws on any value.
/// </summary>
/// <param name="lookup">Finds the cited documents.</param>
public sealed class CitationValidator(IContentLookup lookup)
{
    /// <summary>Validates an incoming or stored value.</summary>
    /// <param name="value">The value in any shape.</param>
    /// <param name="configuration">The data type configuration; <c>null</c> for the default.</param>
    /// <returns>The problems, in list order; empty when the value is valid.</returns>
    public IReadOnlyList<ValidationMessage> Validate(object? value, CitationsConfiguration? configuration = null) =>
        Validate(CitationJson.Read(value), configuration);

    /// <summary>Validates a value already read.</summary>
    /// <param name="read">The read value.</param>
    /// <param name="configuration">The data type configuration; <c>null</c> for the default.</param>
    /// <returns>The problems, in list order; empty when the value is valid.</returns>
    public IReadOnlyList<ValidationMessage> Validate(CitationReadResult read, CitationsConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        configuration ??= CitationsConfiguration.Default;
        var messages = new List<ValidationMessage>(read.Problems);
        if (!read.IsReadable)
        {
            return messages;
        }

        var items = read.List.Items;
        CheckCount(items.Count, configuration, messages);
        var firstWithKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var position = 0; position < items.Count; position++)
        {
            var index = read.SourceIndexes[position];
            var citation = items[position];
            var document = citation.DocumentGuid is { } documentKey ? lookup.Find(documentKey) : null;
            var who = Describe(index, document);
            CheckKey(citation, index, who, firstWithKey, read, messages);
            CheckDocument(citation, document, index, who, configuration, messages);
            CheckLocator(citation, index, who, configuration, messages);
            CheckTexts(citation, index, who, messages);
        }

        return messages;
    }

    /// <summary>How a message names a citation: its number in the list and, when known, the start of its document's Source or title.</summary>
    /// <param name="index">The citation's index in the list (0-based).</param>
    /// <param name="document">The cited document, when found.</param>
    /// <returns>E.g. <c>Citation 3 (RGANI, f. 5, op. 49 …)</c>.</returns>
    public static string Describe(int index, ContentItem? document)
    {
        var number = string.Create(CultureInfo.InvariantCulture, $"Citation {index + 1}");
        var hint = document?.Value(HistoryAliases.Properties.Source) ?? document?.Name;
        return string.IsNullOrWhiteSpace(hint) ? number : $"{number} ({QuotedText.Shorten(hint.Trim(), 32, atWord: true)})";
    }

    private static void CheckCount(int count, CitationsConfiguration configuration, List<ValidationMessage> messages)
    {
        if (count > CitationLimits.MaxItems)
        {
            messages.Add(new(CitationPaths.Citations, F($"The post has {count:N0} citations; at most {CitationLimits.MaxItems:N0} are possible.")));
        }

        if (configuration.MinItems > 0 && count < configuration.MinItems)
        {
            messages.Add(new(CitationPaths.Citations, F($"Add at least {configuration.MinItems} citation{(configuration.MinItems == 1 ? string.Empty : "s")} (there {(count == 1 ? "is" : "are")} {count}).")));
        }

        if (configuration.MaxItems > 0 && count > configuration.MaxItems)
        {
            messages.Add(new(CitationPaths.Citations, F($"There are {count} citations; at most {configuration.MaxItems} are allowed here. Remove {count - configuration.MaxItems}.")));
        }
    }

    private static void CheckKey(Citation citation, int index, string who, Dictionary<string, int> firstWithKey, CitationReadResult read, List<ValidationMessage> messages)
    {
        var path = CitationPaths.Field(index, "key");
        if (citation.Key.Length == 0)
        {
            if (!HasProblem(read, path))
            {
                messages.Add(new(path, $"{who} has no key, so the body cannot refer to it. Remove it and add the document again."));
            }

            return;
        }

        if (citation.KeyGuid is null)
        {
            messages.Add(new(path, $"{who} has the key \"{Clip(citation.Key)}\", which is not a GUID. Remove it and add the document again."));
            return;
        }

        if (firstWithKey.TryGetValue(citation.Key, out var first))
        {
            messages.Add(new(path, F($"{who} has the same key as citation {first + 1} ({citation.Key}); each citation needs its own key. Remove one of them and add it again.")));
        }
        else
        {
            firstWithKey[citation.Key] = index;
        }
    }

    private static void CheckDocument(Citation citation, ContentItem? document, int index, string who, CitationsConfiguration configuration, List<ValidationMessage> messages)
    {
        var path = CitationPaths.Field(index, "documentKey");
        if (citation.DocumentKey.Length == 0)
        {
            if (messages.Any(m => m.Path == path))
            {
                return;
            }

            messages.Add(new(path, $"{who} does not name a document: pick the archival document it cites."));
        }
        else if (citation.DocumentGuid is null)
        {
            messages.Add(new(path, $"{who} names the document \"{Clip(citation.DocumentKey)}\", which is not a document key. Pick the document again."));
        }
        else if (document is null)
        {
            messages.Add(new(path, $"{who} cites a document that cannot be found ({citation.DocumentKey}); it may have been deleted or unpublished. Pick the document again or remove the citation.")
            {
                MissingItem = citation.DocumentGuid,
            });
        }
        else if (configuration.AllowedContentTypes.Count > 0 && !configuration.AllowedContentTypes.Contains(document.ContentType, StringComparer.OrdinalIgnoreCase))
        {
            var allowed = string.Join(" or ", configuration.AllowedContentTypes.Select(TypeName));
            var plural = string.Join(" and ", configuration.AllowedContentTypes.Select(t => TypeName(t) + "s"));
            messages.Add(new(path, $"{who} cites \"{Clip(document.Name)}\", which is {Article(TypeName(document.ContentType))}, not {Article(allowed)}. Only {plural} can be cited here."));
        }
    }

    private static void CheckLocator(Citation citation, int index, string who, CitationsConfiguration configuration, List<ValidationMessage> messages)
    {
        var locator = citation.Locator;
        if (locator is null || locator.Value.Length == 0)
        {
            if (configuration.RequireLocator)
            {
                messages.Add(new(CitationPaths.Field(index, "locator"), $"{who} needs a locator: the page or folio of the document that it cites."));
            }

            return;
        }

        var labels = string.Join(", ", LocatorLabels.Values.Select(l => l.ToValueName()));
        if (locator.Label.Length == 0)
        {
            messages.Add(new(CitationPaths.Field(index, "locator.label"), $"{who}: choose what the locator \"{Clip(locator.Value)}\" counts ({labels})."));
        }
        else if (locator.Kind is not { } kind)
        {
            messages.Add(new(CitationPaths.Field(index, "locator.label"), $"{who}: \"{Clip(locator.Label)}\" is not a locator label; use one of {labels}."));
        }
        else if (!LocatorSyntax.IsValid(kind, locator.Value))
        {
            var name = kind.ToValueName();
            messages.Add(new(CitationPaths.Field(index, "locator.value"), locator.Value.Length > LocatorSyntax.MaxLength
                ? $"{who}: the {name} locator is too long (at most {LocatorSyntax.MaxLength} characters), e.g. {LocatorSyntax.Examples(kind)}."
                : $"{who}: \"{Clip(locator.Value)}\" is not a {name} number such as {LocatorSyntax.Examples(kind)}."));
        }
    }

    private static void CheckTexts(Citation citation, int index, string who, List<ValidationMessage> messages)
    {
        if (citation.QuoteLanguage is { } language)
        {
            if (citation.Quote is null)
            {
                messages.Add(new(CitationPaths.Field(index, "quoteLanguage"), $"{who} has a quote language ({Clip(language)}) but no quote: add the quoted words or clear the language."));
            }
            else if (!LanguageTags.IsValid(language))
            {
                messages.Add(new(CitationPaths.Field(index, "quoteLanguage"), $"{who}: \"{Clip(language)}\" is not a language code such as ru, en or de-AT."));
            }
        }

        if (citation.Quote is { Length: > CitationLimits.MaxQuoteLength } quote)
        {
            messages.Add(new(CitationPaths.Field(index, "quote"), F($"{who}: the quote is {quote.Length:N0} characters long; at most {CitationLimits.MaxQuoteLength:N0} are allowed. Keep the words the post relies on.")));
        }

        if (citation.Comment is { Length: > CitationLimits.MaxCommentLength } note)
        {
            messages.Add(new(CitationPaths.Field(index, "note"), F($"{who}: the note is {note.Length:N0} characters long; at most {CitationLimits.MaxCommentLength:N0} are allowed.")));
        }
    }

    private static bool HasProblem(CitationReadResult read, string path) => read.Problems.Any(p => p.Path == path);

    private static string TypeName(string alias) => HistoryContentModel.FindContentType(alias)?.Name.ToLowerInvariant() ?? alias;

    private static string Article(string noun) => noun.Length > 0 && "aeiouAEIOU".Contains(noun[0], StringComparison.Ordinal) ? "an " + noun : "a " + noun;

    private static string Clip(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
