using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Tests.Values;

public class EditorValueJsonTests
{
    [Fact]
    public void Text_with_a_broken_character_is_an_error_message_not_an_exception()
    {
        var ok = EditorValueJson.TryRead("{\"a\":\"\uD800\"}", out var node, out var error);

        Assert.False(ok);
        Assert.Null(node);
        Assert.Equal("The value cannot be read as JSON: it contains a broken character or a repeated field name.", error);
    }

    [Fact]
    public void A_repeated_field_name_is_an_error_message_when_read_not_an_exception_later()
    {
        var ok = EditorValueJson.TryRead("""{"kind":"a","kind":"b"}""", out var node, out var error);

        Assert.False(ok);
        Assert.Null(node);
        Assert.Equal("The value has the same field twice in one object; remove the duplicate.", error);
    }
}
