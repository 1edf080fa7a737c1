using HistoryCms.Core.Content;

namespace HistoryCms.Search.Contributors;

/// <summary>Turns the content items of one document type into <see cref="SearchDocument"/>s. One small class per type.</summary>
public interface ISearchContributor
{
    /// <summary>The document type alias this contributor reads.</summary>
    string ContentType { get; }

    /// <summary>The search document of an item of <see cref="ContentType"/>.</summary>
    /// <param name="item">The item.</param>
    /// <param name="context">Typed reading, programs with their ancestors, plain text.</param>
    /// <returns>The document, or <c>null</c> when the item cannot be read.</returns>
    SearchDocument? Contribute(ContentItem item, SearchContributionContext context);
}
