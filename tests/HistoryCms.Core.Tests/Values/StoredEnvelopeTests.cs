using HistoryCms.Core.Citations;
using HistoryCms.Core.Values;

namespace HistoryCms.Core.Tests.Values;

/// <summary>
/// The outer shapes of a stored list value, read once by <see cref="StoredEnvelope"/> for both the citations value and
/// the program blocks value: each shape gives both readers the same outcome, and an unreadable one the same message.
/// </summary>
public class StoredEnvelopeTests
{
    private static readonly VersionedJsonList Blocks = new("citations", 1);

    public static TheoryData<string, string?, EnvelopeShape> Shapes => new()
    {
        { "nothing", null, EnvelopeShape.Empty },
        { "empty text", "", EnvelopeShape.Empty },
        { "JSON null", "null", EnvelopeShape.Empty },
        { "bare array", "[]", EnvelopeShape.List },
        { "envelope", """{"v":1,"citations":[]}""", EnvelopeShape.Envelope },
        { "envelope serialized twice", """ "{\"v\":1,\"citations\":[]}" """, EnvelopeShape.Envelope },
        { "array serialized twice", """ "[]" """, EnvelopeShape.List },
        { "a number", "42", EnvelopeShape.Other },
        { "plain text in quotes", "\"hello\"", EnvelopeShape.Other },
        { "broken JSON", "{\"v\":1,", EnvelopeShape.Unreadable },
        { "a field twice", """{"v":1,"v":1,"citations":[]}""", EnvelopeShape.Unreadable },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_shape_is_read_once_and_both_list_values_agree_on_it(string name, string? value, EnvelopeShape shape)
    {
        var read = StoredEnvelope.Read(value);
        var citations = CitationJson.Read(value);
        var blocks = Blocks.Read(value);

        Assert.True(shape == read.Shape, $"{name}: {read.Shape}");
        if (shape is EnvelopeShape.Empty or EnvelopeShape.List or EnvelopeShape.Envelope)
        {
            Assert.Empty(citations.Problems);
            Assert.Empty(blocks.Problems);
            Assert.Empty(citations.List.Items);
            Assert.Empty(blocks.Items);
        }
        else
        {
            Assert.NotEmpty(citations.Problems);
            Assert.NotEmpty(blocks.Problems);
        }

        if (shape is EnvelopeShape.Unreadable)
        {
            Assert.False(string.IsNullOrWhiteSpace(read.Error));
            Assert.Equal(read.Error, Assert.Single(citations.Problems).Message);
            Assert.Equal(read.Error, Assert.Single(blocks.Problems).Message);
        }
    }
}
