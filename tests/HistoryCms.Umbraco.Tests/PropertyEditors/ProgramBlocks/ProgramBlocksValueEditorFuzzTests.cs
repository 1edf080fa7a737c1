using HistoryCms.Core.Tests.ProgramBlocks;
using HistoryCms.Core.Tests.ProgramBlocks.Fuzz;
using HistoryCms.Umbraco.Tests.TestSupport;
using Umbraco.Cms.Core.Models.Editors;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;
using UmbracoConfiguration = HistoryCms.Umbraco.PropertyEditors.ProgramBlocks.ProgramBlocksConfiguration;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.ProgramBlocks;

/// <summary>
/// The Core tests' 10,000 generated payloads (fixed seed) through Umbraco's value editor, as a save would run them:
/// validation then FromEditor. No exception escapes; a payload built with a defect gets a message; one built without gets none.
/// </summary>
public sealed class ProgramBlocksValueEditorFuzzTests
{
    [Fact]
    public void Generated_payloads_through_the_value_editor_never_throw_and_are_judged_as_built()
    {
        var site = new SampleSite();
        BlockPayloadGenerator.Furnish(site);
        var harness = new BlocksEditorHarness();
        foreach (var type in new[] { A.Program, A.Author, A.ArchivalDocument, A.BlogPost })
        {
            foreach (var item in site.Content.OfType(type))
            {
                harness.AddDocument(item.ContentType, item.Name, item.Key);
            }
        }

        var generator = new BlockPayloadGenerator(20_240_602);
        for (var i = 0; i < 10_000; i++)
        {
            var payload = generator.Next();
            var configuration = new UmbracoConfiguration
            {
                AllowedKinds = payload.Configuration.AllowedKinds, MinItems = payload.Configuration.MinItems, MaxItems = payload.Configuration.MaxItems,
            };
            var editor = harness.ValueEditor(configuration);

            var results = editor.Validate(payload.Value, false, null, ValidationContexts.EditorsOwnSave).ToList();
            var stored = editor.FromEditor(new ContentPropertyData(payload.Value, configuration), null);

            Assert.True(payload.IsInvalid == results.Count > 0, $"payload {i}: {string.Join(" | ", results.Select(r => r.ErrorMessage))}; {payload}");
            Assert.True(stored is null or string, $"payload {i} stored {stored?.GetType()}");
        }
    }
}
