namespace HistoryCms.Core.Content;

/// <summary>What every typed record of the package (<see cref="BlogPost"/>, <see cref="Author"/>, <see cref="ResearchProgram"/>, <see cref="ArchivalDocument"/>) has.</summary>
public interface IHistoryRecord
{
    /// <summary>The content item's key.</summary>
    Guid Key { get; }

    /// <summary>The node name: a post's or document's title, a person's or program's name.</summary>
    string Name { get; }

    /// <summary>The document type alias.</summary>
    string ContentType { get; }

    /// <summary>The URL path.</summary>
    string RoutePath { get; }

    /// <summary>When the item was created.</summary>
    DateTimeOffset CreateDate { get; }

    /// <summary>When the item was last changed.</summary>
    DateTimeOffset UpdateDate { get; }
}
