using HistoryCms.Core.ContentModel;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.Umbraco.Schema;

/// <summary>
/// Adds to a document type what the model has and the type lacks: compositions, tabs and groups, properties,
/// the collection (list view). It never removes, renames or retypes anything, so stored content is never lost.
/// </summary>
internal sealed class ContentTypeAdditions(IShortStringHelper shortStringHelper, SchemaInstallLog log)
{
    /// <summary>Applies the additions to <paramref name="contentType"/>.</summary>
    /// <param name="contentType">A new or stored document type.</param>
    /// <param name="definition">Its definition in the model.</param>
    /// <param name="findType">Finds a stored document type by alias.</param>
    /// <param name="dataTypes">The stored data types the model's properties use, by key.</param>
    /// <returns>A short description of each addition; empty when the type already has everything.</returns>
    public IReadOnlyList<string> Apply(
        IContentType contentType,
        ContentTypeDefinition definition,
        Func<string, IContentType?> findType,
        IReadOnlyDictionary<Guid, IDataType> dataTypes)
    {
        var changes = new List<string>();
        AddCompositions(contentType, definition, findType, changes);
        AddContainers(contentType, definition, changes);
        AddProperties(contentType, definition, dataTypes, changes);
        if (definition.IsListView && contentType.ListView is null)
        {
            if (dataTypes.ContainsKey(HistoryContentModel.DataTypeKeys.Collection))
            {
                contentType.ListView = HistoryContentModel.DataTypeKeys.Collection;
                changes.Add("shows its children as a collection");
            }
            else
            {
                log.Failure($"document type '{definition.Alias}': the collection data type is missing, so its children are shown in the tree.");
            }
        }

        return changes;
    }

    private void AddCompositions(IContentType contentType, ContentTypeDefinition definition, Func<string, IContentType?> findType, List<string> changes)
    {
        foreach (string alias in definition.Compositions)
        {
            if (contentType.ContentTypeCompositionExists(alias))
            {
                continue;
            }

            IContentType? composition = findType(alias);
            if (composition is null)
            {
                log.Failure($"document type '{definition.Alias}': its composition '{alias}' does not exist, so it was not added.");
                continue;
            }

            string[] clashes = composition.CompositionPropertyTypes.Select(p => p.Alias)
                .Intersect(contentType.CompositionPropertyTypes.Select(p => p.Alias), StringComparer.OrdinalIgnoreCase)
                .ToArray();
            if (clashes.Length > 0)
            {
                log.Warning($"document type '{definition.Alias}' already has {string.Join(", ", clashes.Select(c => $"'{c}'"))}, which the composition '{alias}' also brings; the composition was not added.");
                continue;
            }

            contentType.AddContentType(composition);
            changes.Add($"added the composition '{alias}'");
        }
    }

    private static void AddContainers(IContentType contentType, ContentTypeDefinition definition, List<string> changes)
    {
        foreach (PropertyContainerDefinition container in definition.Containers)
        {
            if (contentType.PropertyGroups.Contains(container.Alias))
            {
                continue;
            }

            contentType.PropertyGroups.Add(new PropertyGroup(ContentType.SupportsPublishingConst)
            {
                Key = container.Key,
                Alias = container.Alias,
                Name = container.Name,
                Type = container.Kind == ContainerKind.Tab ? PropertyGroupType.Tab : PropertyGroupType.Group,
                SortOrder = container.SortOrder,
            });
            changes.Add($"added the {(container.Kind == ContainerKind.Tab ? "tab" : "group")} '{container.Alias}'");
        }
    }

    private void AddProperties(IContentType contentType, ContentTypeDefinition definition, IReadOnlyDictionary<Guid, IDataType> dataTypes, List<string> changes)
    {
        foreach (PropertyDefinition property in definition.Properties)
        {
            IPropertyType? existing = contentType.CompositionPropertyTypes
                .FirstOrDefault(p => string.Equals(p.Alias, property.Alias, StringComparison.OrdinalIgnoreCase));
            if (existing is not null)
            {
                if (existing.DataTypeKey != property.DataTypeKey)
                {
                    log.Warning($"document type '{definition.Alias}': the property '{existing.Alias}' uses the data type {existing.DataTypeKey} where the model has {property.DataTypeKey}; it was kept as it is so no content is lost.");
                }

                continue;
            }

            if (!dataTypes.TryGetValue(property.DataTypeKey, out IDataType? dataType))
            {
                log.Failure($"document type '{definition.Alias}': the property '{property.Alias}' was not added because its data type {property.DataTypeKey} is missing.");
                continue;
            }

            if (!contentType.PropertyGroups.Contains(property.ContainerAlias))
            {
                log.Failure($"document type '{definition.Alias}': the property '{property.Alias}' was not added because its group '{property.ContainerAlias}' is missing.");
                continue;
            }

            contentType.AddPropertyType(NewPropertyType(property, dataType), property.ContainerAlias);
            changes.Add($"added the property '{property.Alias}'");
        }
    }

    private PropertyType NewPropertyType(PropertyDefinition property, IDataType dataType) =>
        new(shortStringHelper, dataType, property.Alias)
        {
            Key = property.Key,
            Name = property.Name,
            Description = property.Description,
            DataTypeId = dataType.Id,
            DataTypeKey = dataType.Key,
            Mandatory = property.Mandatory,
            MandatoryMessage = property.MandatoryMessage,
            ValidationRegExp = property.ValidationRegex,
            ValidationRegExpMessage = property.ValidationRegexMessage,
            SortOrder = property.SortOrder,
        };
}
