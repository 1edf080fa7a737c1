using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>Umbraco's real <see cref="UmbracoBuilder"/>, with a type loader over the package assembly only.</summary>
internal static class PackageBuilder
{
    public static UmbracoBuilder Create(IServiceCollection services)
    {
        // The default assembly provider fails on test-runner assemblies, so the type loader sees the package alone.
        IAssemblyProvider assemblies = Substitute.For<IAssemblyProvider>();
        assemblies.Assemblies.Returns([typeof(HistoryCmsComposer).Assembly]);
        var typeLoader = new TypeLoader(new TypeFinder(NullLogger<TypeFinder>.Instance, assemblies, []), NullLogger<TypeLoader>.Instance);
        return new UmbracoBuilder(services, new ConfigurationBuilder().Build(), typeLoader);
    }
}
