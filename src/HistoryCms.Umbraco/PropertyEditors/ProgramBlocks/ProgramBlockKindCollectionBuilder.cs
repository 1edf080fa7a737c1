using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.Composing;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Collects the block kinds of a site: the built-in ones and every <see cref="IProgramBlockKind"/> Umbraco's type loader
/// finds. Kinds are created by dependency injection, so a site's kind may take services in its constructor. A site
/// removes or replaces a kind with <c>builder.ProgramBlockKinds().Exclude&lt;T&gt;()</c> / <c>.Add&lt;T&gt;()</c>.
/// </summary>
public sealed class ProgramBlockKindCollectionBuilder
    : LazyCollectionBuilderBase<ProgramBlockKindCollectionBuilder, DiscoveredProgramBlockKinds, IProgramBlockKind>
{
    /// <inheritdoc />
    protected override ProgramBlockKindCollectionBuilder This => this;
}

/// <summary>The kinds <see cref="ProgramBlockKindCollectionBuilder"/> created; the site uses them as a <see cref="ProgramBlockKindCollection"/>.</summary>
public sealed class DiscoveredProgramBlockKinds : BuilderCollectionBase<IProgramBlockKind>
{
    /// <summary>Initializes a new instance of the <see cref="DiscoveredProgramBlockKinds"/> class.</summary>
    /// <param name="items">The kinds.</param>
    public DiscoveredProgramBlockKinds(Func<IEnumerable<IProgramBlockKind>> items)
        : base(items)
    {
    }
}
