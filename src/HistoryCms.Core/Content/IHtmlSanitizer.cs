namespace HistoryCms.Core.Content;

/// <summary>
/// Makes editor-written HTML safe to deliver (drops scripts, event handlers, <c>javascript:</c> links and the like).
/// Core declares it and knows no HTML parser; HistoryCms.Web implements it with the HtmlSanitizer package, and a host may supply its own.
/// </summary>
public interface IHtmlSanitizer
{
    /// <summary>Returns a safe version of <paramref name="html"/>, keeping harmless markup.</summary>
    /// <param name="html">The HTML as the editor wrote it.</param>
    /// <returns>Safe HTML (possibly empty); never <c>null</c>.</returns>
    string Sanitize(string html);
}
