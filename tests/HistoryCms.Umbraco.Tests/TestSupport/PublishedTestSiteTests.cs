using HistoryCms.Core;
using HistoryCms.Testing.PublishedContent;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Extensions;
using P = HistoryCms.Core.HistoryAliases.Properties;
using T = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// The shared published-content builder answers as Umbraco 17's published cache does: properties per
/// src/Umbraco.PublishedCache.HybridCache/PublishedProperty.cs and PublishedContent.cs, the tree per
/// src/Umbraco.Core/Services/Navigation/ContentNavigationServiceBase.cs (release/17.4.2).
/// </summary>
public sealed class PublishedTestSiteTests
{
    private readonly PublishedTestSite _site = new();

    [Fact]
    public void Items_carry_Umbracos_real_published_content_type_with_the_models_properties_compositions_included()
    {
        var post = _site.Add(T.BlogPost, "Failed Diplomacy");

        var type = Assert.IsType<PublishedContentType>(post.ContentType);
        Assert.Equal(PublishedItemType.Content, type.ItemType);
        Assert.IsType<PublishedPropertyType>(type.GetPropertyType(P.Citations));
        Assert.Equal(HistoryAliases.Editors.DocumentCitations, type.GetPropertyType(P.Citations)!.EditorAlias);
        Assert.NotNull(post.GetProperty(P.Programs));
        Assert.Equal(type.PropertyTypes.Count(), post.Properties.Count());
    }

    [Fact]
    public void An_alias_the_type_does_not_have_is_no_property_and_a_property_without_a_value_has_none()
    {
        var post = _site.Add(T.BlogPost, "Failed Diplomacy");

        Assert.Null(post.GetProperty("noSuchProperty"));
        Assert.False(post.HasProperty("noSuchProperty"));
        Assert.True(post.HasProperty(P.Body));
        Assert.False(post.GetProperty(P.Body)!.HasValue());
        Assert.Throws<ArgumentException>(() => post.SetValue("noSuchProperty", "x"));
    }

    [Fact]
    public void An_invariant_property_answers_its_one_value_whatever_culture_is_asked_for()
    {
        var post = _site.Add(T.BlogPost, "Failed Diplomacy", values: (P.Standfirst, "On Korea"));
        var property = post.GetProperty(P.Standfirst)!;

        Assert.Equal("On Korea", property.GetSourceValue());
        Assert.Equal("On Korea", property.GetSourceValue("da-DK"));
        Assert.Equal("On Korea", property.GetValue("en-US"));
        Assert.Throws<NotSupportedException>(() => post.SetValue(P.Standfirst, "Om Korea", "da-DK"));
    }

    [Fact]
    public void A_culture_variant_property_answers_per_culture_with_no_fallback_and_takes_a_missing_culture_from_the_variation_context()
    {
        _site.Types.VaryByCulture(T.BlogPost, P.Standfirst);
        var post = _site.Add(T.BlogPost, "Failed Diplomacy")
            .SetValue(P.Standfirst, "On Korea", "en-US")
            .SetValue(P.Standfirst, "Om Korea", "da-DK");
        var property = post.GetProperty(P.Standfirst)!;

        Assert.Equal("Om Korea", property.GetSourceValue("DA-dk"));
        Assert.Null(property.GetSourceValue("fr-FR"));
        Assert.False(property.HasValue("fr-FR"));
        Assert.Throws<NotSupportedException>(() => post.SetValue(P.Standfirst, "Korea", culture: null));

        _site.VariationContextAccessor.VariationContext = new VariationContext("en-US");
        Assert.Equal("On Korea", property.GetSourceValue());
        Assert.Equal("On Korea", post.Value<string>(new NoopPublishedValueFallback(), P.Standfirst));
    }

    [Fact]
    public void A_culture_variant_type_is_named_per_culture_from_the_variation_context()
    {
        _site.Types.VaryByCulture(T.BlogPost);
        var post = _site.Add(T.BlogPost, "Failed Diplomacy").SetCultureName("da-DK", "Mislykket diplomati");

        _site.VariationContextAccessor.VariationContext = new VariationContext("da-DK");
        Assert.Equal("Mislykket diplomati", post.Name);
        _site.VariationContextAccessor.VariationContext = new VariationContext("en-US");
        Assert.Equal(string.Empty, post.Name);
    }

    [Fact]
    public void The_tree_is_Umbracos_own_and_knows_nothing_of_an_unknown_key()
    {
        var program = _site.Add(T.Program, "History and Public Policy Program", id: 10);
        var project = _site.Add(T.Program, "Cold War International History Project", parent: program.Key, id: 11);
        var post = _site.Add(T.BlogPost, "Failed Diplomacy", parent: project.Key, id: 12);

        Assert.False(_site.Navigation.TryGetParentKey(Guid.NewGuid(), out _));
        Assert.False(_site.Navigation.TryGetChildrenKeys(Guid.NewGuid(), out var none));
        Assert.Empty(none);
        Assert.False(_site.Navigation.TryGetRootKeysOfType("noSuchType", out _));
        Assert.True(_site.Navigation.TryGetDescendantsKeysOfType(program.Key, T.Program, out var projects));
        Assert.Equal([project.Key], projects);
#pragma warning disable CS0618 // Level and Path are obsolete in Umbraco 17; the package still reads Path for public access.
        Assert.Equal((3, "-1,10,11,12"), (post.Level, post.Path));
#pragma warning restore CS0618
        Assert.Throws<InvalidOperationException>(() => _site.Add(T.BlogPost, "Orphan", parent: Guid.NewGuid()));
    }

    [Fact]
    public void A_draft_is_served_in_preview_only_and_an_unknown_key_has_no_url()
    {
        var draft = _site.Add(T.BlogPost, "Not yet", draft: true);

        Assert.Null(_site.Cache.GetById(false, draft.Key));
        Assert.Same(draft, _site.Cache.GetById(true, draft.Key));
        Assert.Null(_site.Cache.GetById(draft.Key));
        _site.PreviewRequest = true;
        Assert.Same(draft, _site.Cache.GetById(draft.Key));
        Assert.Equal("/not-yet/", _site.Urls.GetUrl(draft, UrlMode.Relative));
        Assert.Equal("#", _site.Urls.GetUrl(Guid.NewGuid(), UrlMode.Relative));
    }
}
