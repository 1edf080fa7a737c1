namespace HistoryCms.Core.ContentModel;

/// <summary>What a data type stores, as Umbraco's <c>ValueTypes</c> names it (Core cannot reference Umbraco).</summary>
public static class ValueTypeNames
{
    /// <summary>Short text (nvarchar).</summary>
    public const string ShortText = "STRING";

    /// <summary>Long text (ntext).</summary>
    public const string Text = "TEXT";

    /// <summary>JSON (ntext).</summary>
    public const string Json = "JSON";

    /// <summary>Integer.</summary>
    public const string WholeNumber = "INT";

    /// <summary>Date and time.</summary>
    public const string DateTime = "DATETIME";
}

/// <summary>Whether a property container is a tab or a group (Umbraco's <c>PropertyGroupType</c>).</summary>
public enum ContainerKind
{
    /// <summary>A top-level tab.</summary>
    Tab,

    /// <summary>A group, inside a tab.</summary>
    Group,
}

/// <summary>The kind of Umbraco entity at either end of a relation.</summary>
public enum RelationObjectKind
{
    /// <summary>A document (content node).</summary>
    Document,

    /// <summary>A media item.</summary>
    Media,

    /// <summary>A member.</summary>
    Member,
}

/// <summary>A data type: a configured property editor, identified by a key that never changes.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Name">Name shown in the backoffice; unique within the site.</param>
/// <param name="EditorAlias">Server-side editor (schema) alias, e.g. <c>Umbraco.TextBox</c>.</param>
/// <param name="EditorUiAlias">Client-side UI alias, e.g. <c>Umb.PropertyEditorUi.TextBox</c>.</param>
/// <param name="ValueType">Storage value type, one of <see cref="ValueTypeNames"/>.</param>
/// <param name="Configuration">Editor configuration (JSON-serialisable values: string, number, bool, arrays, dictionaries).</param>
public sealed record DataTypeDefinition(
    Guid Key,
    string Name,
    string EditorAlias,
    string EditorUiAlias,
    string ValueType,
    IReadOnlyDictionary<string, object> Configuration);

/// <summary>A tab or a group of properties on a document type.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Alias">Alias; a group inside a tab is aliased <c>tab/group</c> as Umbraco does.</param>
/// <param name="Name">Caption.</param>
/// <param name="Kind">Tab or group.</param>
/// <param name="SortOrder">Order among its siblings.</param>
/// <param name="ParentAlias">For a group, the alias of its tab.</param>
public sealed record PropertyContainerDefinition(
    Guid Key,
    string Alias,
    string Name,
    ContainerKind Kind,
    int SortOrder,
    string? ParentAlias = null);

/// <summary>A property on a document type.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Alias">Property alias (camelCase).</param>
/// <param name="Name">Label shown to editors.</param>
/// <param name="ContainerAlias">Alias of the group (or tab) that holds it.</param>
/// <param name="DataTypeKey">Key of its <see cref="DataTypeDefinition"/>.</param>
/// <param name="SortOrder">Order within its container.</param>
/// <param name="Description">Help text shown under the label.</param>
/// <param name="Mandatory">Whether a value is required to publish.</param>
/// <param name="MandatoryMessage">Message shown when a mandatory value is missing.</param>
/// <param name="ValidationRegex">Optional regular expression the value must match.</param>
/// <param name="ValidationRegexMessage">Message shown when the regular expression does not match.</param>
public sealed record PropertyDefinition(
    Guid Key,
    string Alias,
    string Name,
    string ContainerAlias,
    Guid DataTypeKey,
    int SortOrder,
    string? Description = null,
    bool Mandatory = false,
    string? MandatoryMessage = null,
    string? ValidationRegex = null,
    string? ValidationRegexMessage = null);

/// <summary>A document type (or a composition, or an element type).</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Alias">Alias, prefixed <c>history</c>.</param>
/// <param name="Name">Name shown to editors.</param>
/// <param name="Icon">Backoffice icon, e.g. <c>icon-document</c>.</param>
/// <param name="Description">What the type is for.</param>
/// <param name="AllowedAtRoot">Whether it can be created at the root of the content tree.</param>
/// <param name="IsComposition">Whether it only exists to be composed into other types.</param>
/// <param name="Compositions">Aliases of the compositions it includes.</param>
/// <param name="Containers">Its tabs and groups.</param>
/// <param name="Properties">Its own properties (not those of its compositions).</param>
/// <param name="AllowedChildren">Aliases of the types allowed beneath it, in the order the create menu shows them.</param>
/// <param name="IsListView">Whether its children are shown as a list (collection) rather than in the tree.</param>
public sealed record ContentTypeDefinition(
    Guid Key,
    string Alias,
    string Name,
    string Icon,
    string Description,
    bool AllowedAtRoot,
    bool IsComposition,
    IReadOnlyList<string> Compositions,
    IReadOnlyList<PropertyContainerDefinition> Containers,
    IReadOnlyList<PropertyDefinition> Properties,
    IReadOnlyList<string> AllowedChildren,
    bool IsListView = false);

/// <summary>A relation type between two kinds of entity.</summary>
/// <param name="Key">Stable key.</param>
/// <param name="Alias">Alias, prefixed <c>history</c>.</param>
/// <param name="Name">Name shown in Settings &gt; Relations.</param>
/// <param name="Parent">Kind of the parent entity.</param>
/// <param name="Child">Kind of the child entity.</param>
/// <param name="IsBidirectional">Whether the relation reads both ways.</param>
/// <param name="IsDependency">Whether the child is a dependency of the parent (Umbraco warns before deleting it).</param>
/// <param name="IsAutomatic">Whether Umbraco maintains it from property references (<c>IDataValueReference</c>).</param>
/// <param name="SourceProperty">Alias of the property the relation is derived from.</param>
public sealed record RelationTypeDefinition(
    Guid Key,
    string Alias,
    string Name,
    RelationObjectKind Parent,
    RelationObjectKind Child,
    bool IsBidirectional,
    bool IsDependency,
    bool IsAutomatic,
    string SourceProperty);
