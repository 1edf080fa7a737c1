using System.Text;

namespace HistoryCms.Server.Snapshot;

/// <summary>The URL segment of a node name, the way Umbraco's default URL segment provider forms it (lower case, words joined by hyphens).</summary>
public static class UrlSegment
{
    /// <summary>The segment of a name.</summary>
    /// <param name="name">The node name.</param>
    /// <returns>E.g. <c>history-site</c> for "History site".</returns>
    public static string From(string? name)
    {
        var builder = new StringBuilder((name ?? string.Empty).Length);
        var pendingHyphen = false;
        foreach (var c in (name ?? string.Empty).Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingHyphen = false;
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }
}
