namespace HistoryCms.Core.ProgramBlocks;

/// <summary>What a block points to: a content item and what it is expected to be.</summary>
/// <param name="Key">The content item's key.</param>
/// <param name="Target">What kind of item it is expected to be.</param>
public sealed record ProgramBlockReference(Guid Key, ProgramBlockReferenceTarget Target);

/// <summary>What kind of content item a block points to.</summary>
public enum ProgramBlockReferenceTarget
{
    /// <summary>An archival document (e.g. a featured document).</summary>
    ArchivalDocument,

    /// <summary>A program or project.</summary>
    Program,

    /// <summary>An author (a person).</summary>
    Author,

    /// <summary>Any page of the site (e.g. the target of a call to action).</summary>
    Page,
}
