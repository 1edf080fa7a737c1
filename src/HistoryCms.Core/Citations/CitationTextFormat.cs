namespace HistoryCms.Core.Citations;

/// <summary>The output of the formatters.</summary>
public enum CitationTextFormat
{
    /// <summary>Plain text (typographic quotes, no markup).</summary>
    PlainText,

    /// <summary>HTML: text escaped, URLs as links.</summary>
    Html,
}
