using System.Xml.Linq;
using HistoryCms.USync.Schema;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Strings;

namespace HistoryCms.USync.Tests.Schema;

/// <summary>The values the writer puts where the model says nothing are those of a new Umbraco document type.</summary>
public class UmbracoDefaultsTests
{
    private static readonly ContentType NewType = new(new DefaultShortStringHelper(new DefaultShortStringHelperConfig().WithDefault(new RequestHandlerSettings())), -1);

    private static readonly XElement Info = XDocument.Parse(USyncSchemaExport.History.Files().Single(f => f.RelativePath == "ContentTypes/historyauthor.config").Text)
        .Root!.Element("Info")!;

    [Fact]
    public void Thumbnail_variations_and_element_flag_are_umbracos_defaults()
    {
        Assert.Equal(NewType.Thumbnail, Info.Element("Thumbnail")!.Value);
        Assert.Equal(NewType.Variations.ToString(), Info.Element("Variations")!.Value);
        Assert.Equal(NewType.IsElement.ToString().ToLowerInvariant(), Info.Element("IsElement")!.Value);
    }

    [Fact]
    public void History_cleanup_is_umbracos_default_as_uSync_writes_it()
    {
        var cleanup = NewType.HistoryCleanup ?? new Umbraco.Cms.Core.Models.ContentEditing.HistoryCleanup();
        var element = Info.Element("HistoryCleanup")!;
        Assert.Equal(cleanup.PreventCleanup.ToString(), element.Element("PreventCleanup")!.Value);
        Assert.Equal(cleanup.KeepAllVersionsNewerThanDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, element.Element("KeepAllVersionsNewerThanDays")!.Value);
        Assert.Equal(cleanup.KeepLatestVersionPerDayForDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, element.Element("KeepLatestVersionPerDayForDays")!.Value);
    }
}
