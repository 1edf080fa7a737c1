namespace HistoryCms.Core.Citations;

/// <summary>Size bounds of a citations value, whatever the data type configuration says.</summary>
public static class CitationLimits
{
    /// <summary>The most citations one post may hold.</summary>
    public const int MaxItems = 500;

    /// <summary>The longest quote, in characters.</summary>
    public const int MaxQuoteLength = 4000;

    /// <summary>The longest note, in characters.</summary>
    public const int MaxCommentLength = 2000;
}
