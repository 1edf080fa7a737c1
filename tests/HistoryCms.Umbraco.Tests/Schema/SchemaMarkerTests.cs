using System.Text.RegularExpressions;
using HistoryCms.Core.ContentModel;
using HistoryCms.Umbraco.Schema;

namespace HistoryCms.Umbraco.Tests.Schema;

public sealed class SchemaMarkerTests
{
    [Fact]
    public void The_current_marker_is_the_schema_version_and_a_sha256_fingerprint() =>
        Assert.Matches(new Regex($"^{HistoryContentModel.SchemaVersion}:[0-9a-f]{{64}}$"), SchemaMarker.Current);

    [Fact]
    public void The_same_model_always_gives_the_same_marker() =>
        Assert.Equal(
            SchemaMarker.Current,
            SchemaMarker.For(HistoryContentModel.SchemaVersion, [.. HistoryContentModel.DataTypes], [.. HistoryContentModel.ContentTypes], [.. HistoryContentModel.RelationTypes], [.. HistoryTemplates.ContentTypes]));

    [Fact]
    public void A_model_with_one_more_property_gives_another_marker_at_the_same_version()
    {
        ContentTypeDefinition post = HistoryContentModel.ContentTypes[^1];
        ContentTypeDefinition longer = post with
        {
            Properties = [.. post.Properties, new PropertyDefinition(Guid.NewGuid(), "subtitle", "Subtitle", "content/intro", HistoryContentModel.DataTypeKeys.Text, 9)],
        };

        string marker = SchemaMarker.For(
            HistoryContentModel.SchemaVersion,
            HistoryContentModel.DataTypes,
            [.. HistoryContentModel.ContentTypes.Take(HistoryContentModel.ContentTypes.Count - 1), longer],
            HistoryContentModel.RelationTypes,
            HistoryTemplates.ContentTypes);

        Assert.NotEqual(SchemaMarker.Current, marker);
        Assert.StartsWith($"{HistoryContentModel.SchemaVersion}:", marker, StringComparison.Ordinal);
    }

    /// <summary>Sites installed before the package created templates hold a marker without them, so the installer runs once more and adds them.</summary>
    [Fact]
    public void A_package_that_adds_templates_gives_another_marker_for_the_same_model() =>
        Assert.NotEqual(
            SchemaMarker.Current,
            SchemaMarker.For(HistoryContentModel.SchemaVersion, HistoryContentModel.DataTypes, HistoryContentModel.ContentTypes, HistoryContentModel.RelationTypes, []));

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("0:abc", false)]
    public void Only_the_current_marker_counts_as_current(string? stored, bool expected) =>
        Assert.Equal(expected, SchemaMarker.IsCurrent(stored));

    [Fact]
    public void The_current_marker_counts_as_current() => Assert.True(SchemaMarker.IsCurrent(SchemaMarker.Current));
}
