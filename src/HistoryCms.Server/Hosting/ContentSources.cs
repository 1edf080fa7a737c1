using HistoryCms.Server.Snapshot;

namespace HistoryCms.Server;

/// <summary>Chooses where the server's content comes from.</summary>
public static class ContentSources
{
    /// <summary>The uSync folder given by <c>HistoryCms:ContentPath</c>, else <c>uSync/v17</c> of the repository.</summary>
    /// <param name="configuration">The app configuration.</param>
    /// <returns>The source.</returns>
    public static IContentSource Default(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new USyncContentSource(RepositoryLocator.ResolveContentPath(configuration[$"{DeliveryServerOptions.Section}:{nameof(DeliveryServerOptions.ContentPath)}"]));
    }
}
