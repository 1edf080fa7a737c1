using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace HistoryCms.Umbraco;

/// <summary>
/// Adds HistoryCms to every Umbraco site that references the package (Umbraco discovers composers);
/// all registration lives in <see cref="HistoryCmsBuilderExtensions.AddHistoryCms"/>.
/// </summary>
public sealed class HistoryCmsComposer : IComposer
{
    /// <inheritdoc />
    public void Compose(IUmbracoBuilder builder) => builder.AddHistoryCms();
}
