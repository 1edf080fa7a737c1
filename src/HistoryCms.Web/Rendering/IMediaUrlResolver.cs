namespace HistoryCms.Web.Rendering;

/// <summary>Finds the URL of a picked media item (images). An Umbraco site implements it over its media cache.</summary>
public interface IMediaUrlResolver
{
    /// <summary>The URL of a media item, or <c>null</c> when it cannot be shown (then the page leaves the image out).</summary>
    /// <param name="mediaKey">The media item's key.</param>
    /// <returns>The URL, or <c>null</c>.</returns>
    string? UrlOf(Guid mediaKey);
}

/// <summary>The default when a host has no media: no image can be shown.</summary>
public sealed class NoMediaUrls : IMediaUrlResolver
{
    /// <inheritdoc />
    public string? UrlOf(Guid mediaKey) => null;
}
