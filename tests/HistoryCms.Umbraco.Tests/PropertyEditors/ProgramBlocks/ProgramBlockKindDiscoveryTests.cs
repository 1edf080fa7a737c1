using System.Reflection;
using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Validation;
using HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;
using HistoryCms.Umbraco.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Umbraco.Cms.Core.DependencyInjection;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

public sealed class ProgramBlockKindDiscoveryTests
{
    /// <summary>This assembly, which holds a site's own kind.</summary>
    private static readonly Assembly SiteKinds = typeof(ProgramBlockKindDiscoveryTests).Assembly;

    [Fact]
    public void A_site_kind_found_by_the_type_loader_joins_the_built_in_kinds_with_its_services_injected()
    {
        using ServiceProvider provider = BuildSite(b => { });

        var kinds = provider.GetRequiredService<ProgramBlockKindCollection>();

        Assert.Equal([.. ProgramBlockKindCollection.BuiltIn.Select(k => k.Alias), "siteQuote"], kinds.Select(k => k.Alias));
        Assert.Equal("Quotes of the site", kinds.Find("siteQuote")!.DisplayName);
    }

    [Fact]
    public void A_composer_can_remove_a_kind()
    {
        using ServiceProvider provider = BuildSite(b => b.ProgramBlockKinds().Exclude<SiteQuoteBlockKind>());

        Assert.Null(provider.GetRequiredService<ProgramBlockKindCollection>().Find("siteQuote"));
    }

    [Fact]
    public void The_type_loader_finds_the_value_converter()
    {
        Assert.Contains(typeof(ProgramBlocksValueConverter), PackageBuilder.CreateTypeLoader(SiteKinds).GetTypes<IPropertyValueConverter>());
    }

    private static ServiceProvider BuildSite(Action<IUmbracoBuilder> compose)
    {
        var services = new ServiceCollection();
        UmbracoBuilder builder = PackageBuilder.Create(services, SiteKinds);
        builder.AddHistoryCms();
        compose(builder);
        builder.Build();
        services.AddSingleton(new SiteQuoteSource("Quotes of the site"));
        return services.BuildServiceProvider();
    }
}

/// <summary>A service a site's kind depends on.</summary>
internal sealed record SiteQuoteSource(string Title);

/// <summary>A site's own kind, with a constructor dependency: only dependency injection can create it.</summary>
internal sealed class SiteQuoteBlockKind(SiteQuoteSource source) : IProgramBlockKind
{
    public string Alias => "siteQuote";

    public string DisplayName => source.Title;

    public bool IsDynamic => false;

    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        check.Text("text", "the quote", 500, required: true);
        return check.Messages;
    }

    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => [];

    public object? Map(ProgramBlock block, ProgramBlockMappingContext context) => new { text = BlockContent.Text(block.Content, "text") };

    public string IndexText(JsonObject content) => BlockContent.Text(content, "text") ?? string.Empty;
}
