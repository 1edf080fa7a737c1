using HistoryCms.Core.ProgramBlocks;
using static HistoryCms.Core.Tests.ProgramBlocks.SampleSite;

namespace HistoryCms.Core.Tests.ProgramBlocks;

public class ReferencesAndIndexTextTests
{
    private static readonly string Value = $$$"""
        {"v":2,"blocks":[
          {"key":"0d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"richText","content":{"markup":"<p>The program <b>makes public</b> the record &amp; more.</p><script>var x;</script>"},"settings":{"heading":"About"}},
          {"key":"1d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"featuredDocuments","content":{"documents":["{{{Memo}}}","not-a-key","{{{Memo}}}"],"note":"Start here."}},
          {"key":"2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"projectPromos","content":{"items":[{"program":"{{{Nkidp}}}","blurb":"Korea."},{"program":"{{{Cwihp}}}"}]}},
          {"key":"3d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"people","content":{"items":[{"author":"{{{Kraus}}}","role":"Editor"}]},"settings":{"hidden":true}},
          {"key":"4d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"callToAction","content":{"label":"About us","link":{"document":"{{{Happ}}}"} }},
          {"key":"5d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"documentSearch","content":{"label":"Soviet documents","query":{"program":"{{{Happ}}}"} }},
          {"key":"6d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"latestPosts","content":{"count":3}},
          {"key":"7d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a","kind":"unknownKind","content":{"documents":["{{{Memo}}}"]}}
        ]}
        """;

    [Fact]
    public void Every_picked_item_of_every_block_is_a_reference_once_with_what_it_is()
    {
        var references = ProgramBlockKindCollection.BuiltIn.GetReferences(ProgramBlockList.Parse(Value));

        Assert.Equal(
            [
                new ProgramBlockReference(Guid.Parse(Memo), ProgramBlockReferenceTarget.ArchivalDocument),
                new ProgramBlockReference(Guid.Parse(Nkidp), ProgramBlockReferenceTarget.Program),
                new ProgramBlockReference(Guid.Parse(Cwihp), ProgramBlockReferenceTarget.Program),
                new ProgramBlockReference(Guid.Parse(Kraus), ProgramBlockReferenceTarget.Author),
                new ProgramBlockReference(Guid.Parse(Happ), ProgramBlockReferenceTarget.Page),
                new ProgramBlockReference(Guid.Parse(Happ), ProgramBlockReferenceTarget.Program),
            ],
            references);
    }

    [Fact]
    public void The_index_text_holds_the_words_of_visible_blocks_without_markup()
    {
        var text = ProgramBlockKindCollection.BuiltIn.IndexText(ProgramBlockList.Parse(Value));

        Assert.Equal("About The program makes public the record & more.\nStart here.\nKorea.\nAbout us\nSoviet documents", text);
    }

    [Fact]
    public void A_list_is_dynamic_only_while_a_visible_block_is_of_a_dynamic_kind()
    {
        var kinds = ProgramBlockKindCollection.BuiltIn;
        var list = ProgramBlockList.Parse(Value);

        Assert.True(kinds.HasDynamicBlocks(list));
        Assert.False(kinds.HasDynamicBlocks(ProgramBlockList.Parse(Value.Replace("\"count\":3}}", "\"count\":3},\"settings\":{\"hidden\":true}}", StringComparison.Ordinal))));
        Assert.False(kinds.HasDynamicBlocks(ProgramBlockList.Empty));
    }
}
