using HistoryCms.Core.ContentModel;

namespace HistoryCms.USync.Schema;

/// <summary>Umbraco's object type keys (<c>Constants.ObjectTypes</c>), which relation type files name their ends by.</summary>
internal static class UmbracoObjectTypes
{
    /// <summary>Documents.</summary>
    public static readonly Guid Document = new("c66ba18e-eaf3-4cff-8a22-41b16d66a972");

    /// <summary>Media.</summary>
    public static readonly Guid Media = new("b796f64c-1f99-4ffb-b886-4bf4bc011a9c");

    /// <summary>Members.</summary>
    public static readonly Guid Member = new("39eb0f98-b348-42a1-8662-e7eb18487560");

    /// <summary>The object type key of a relation end.</summary>
    /// <param name="kind">The kind of entity.</param>
    /// <returns>Its object type key.</returns>
    public static Guid Of(RelationObjectKind kind) => kind switch
    {
        RelationObjectKind.Document => Document,
        RelationObjectKind.Media => Media,
        RelationObjectKind.Member => Member,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown relation object kind."),
    };
}
