using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;
using Umbraco.Cms.Core.Composing;
using Umbraco.Cms.Core.DependencyInjection;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Umbraco's real <see cref="UmbracoBuilder"/> and <see cref="TypeLoader"/>, scanning the package assembly only (and the
/// assemblies a test names, e.g. one holding a site's own kinds).
/// </summary>
internal static class PackageBuilder
{
    /// <summary>The package assembly, the one the type loader always scans.</summary>
    public static Assembly Package { get; } = typeof(HistoryCmsComposer).Assembly;

    /// <summary>A builder over <paramref name="services"/> whose type loader scans the package and <paramref name="alsoScanned"/>.</summary>
    public static UmbracoBuilder Create(IServiceCollection services, params Assembly[] alsoScanned) =>
        new(services, new ConfigurationBuilder().Build(), CreateTypeLoader(alsoScanned));

    /// <summary>A type loader over the package assembly and <paramref name="alsoScanned"/> (e.g. a site's own kinds).</summary>
    public static TypeLoader CreateTypeLoader(params Assembly[] alsoScanned)
    {
        // The default assembly provider fails on test-runner assemblies, so the type loader sees the package (and what a test adds) alone.
        IAssemblyProvider assemblies = Substitute.For<IAssemblyProvider>();
        assemblies.Assemblies.Returns([Package, .. alsoScanned]);
        return new TypeLoader(new TypeFinder(NullLogger<TypeFinder>.Instance, assemblies, []), NullLogger<TypeLoader>.Instance);
    }
}
