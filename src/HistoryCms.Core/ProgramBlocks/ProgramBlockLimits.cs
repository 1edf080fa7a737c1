namespace HistoryCms.Core.ProgramBlocks;

/// <summary>Bounds that hold for every program block list, whatever the data type's configuration.</summary>
public static class ProgramBlockLimits
{
    /// <summary>The most blocks one list may hold.</summary>
    public const int MaxBlocks = 100;

    /// <summary>The longest heading, in characters.</summary>
    public const int MaxHeadingLength = 200;

    /// <summary>The longest anchor id, in characters.</summary>
    public const int MaxAnchorLength = 64;

    /// <summary>The largest content of one block, in characters of JSON.</summary>
    public const int MaxContentLength = 200_000;

    /// <summary>The longest kind alias, in characters.</summary>
    public const int MaxKindLength = 100;
}
