using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;

namespace HistoryCms.Core.Tests.ProgramBlocks.Fuzz;

/// <summary>
/// 10,000 generated payloads (fixed seeds, so a failure reproduces) through normalise and validate: no exception escapes,
/// every payload built with a defect gets a message, every payload built without one gets none, and normalising is stable.
/// </summary>
public class BlockPayloadFuzzTests
{
    private const int Payloads = 10_000;
    private const int Seed = 20_240_601;

    private readonly SampleSite _site = new();
    private readonly ProgramBlockListValidator _validator = new(ProgramBlockKindCollection.BuiltIn);
    private readonly ProgramBlockDelivery _delivery = new(ProgramBlockKindCollection.BuiltIn);

    public BlockPayloadFuzzTests() => BlockPayloadGenerator.Furnish(_site);

    [Fact]
    public void Generated_payloads_are_judged_as_they_were_built_and_never_throw()
    {
        var generator = new BlockPayloadGenerator(Seed);
        var invalid = 0;
        for (var i = 0; i < Payloads; i++)
        {
            var payload = generator.Next();
            var messages = _validator.Validate(payload.Value, payload.Configuration, _site.Validation);
            var normalised = ProgramBlockList.Normalise(payload.Value);

            if (payload.IsInvalid)
            {
                invalid++;
                Assert.True(messages.Count > 0, $"payload {i} has no message: {payload}");
            }
            else
            {
                Assert.True(messages.Count == 0, $"payload {i} is valid but got: {string.Join(" | ", messages)}; {payload}");
                Assert.Empty(_validator.Validate(normalised, payload.Configuration, _site.Validation));
            }

            Assert.Equal(normalised, ProgramBlockList.Normalise(normalised));
            DeliverAndIndex(normalised);
        }

        Assert.InRange(invalid, Payloads / 5, Payloads * 4 / 5);
    }

    [Fact]
    public void Randomly_damaged_payloads_never_throw_and_unreadable_ones_get_a_message()
    {
        var generator = new BlockPayloadGenerator(Seed + 1);
        var random = new Random(Seed + 2);
        for (var i = 0; i < Payloads; i++)
        {
            var text = generator.Next().Value switch
            {
                JsonNode node => node.ToJsonString(),
                var other => other as string ?? string.Empty,
            };
            var damaged = Damage(text, random);

            var messages = _validator.Validate(damaged, ProgramBlocksConfiguration.Default, _site.Validation);
            var normalised = ProgramBlockList.Normalise(damaged);

            if (!IsJson(damaged))
            {
                Assert.True(messages.Count > 0, $"payload {i} is not JSON but got no message: {damaged}");
            }

            Assert.Equal(normalised, ProgramBlockList.Normalise(normalised));
            DeliverAndIndex(normalised);
        }
    }

    private void DeliverAndIndex(string? normalised)
    {
        var list = ProgramBlockList.Parse(normalised);
        _delivery.Map(list, _site.Mapping);
        ProgramBlockKindCollection.BuiltIn.GetReferences(list);
        ProgramBlockKindCollection.BuiltIn.IndexText(list);
    }

    private static string Damage(string text, Random random)
    {
        var chars = text.ToList();
        for (var edits = random.Next(1, 6); edits > 0 && chars.Count > 0; edits--)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, "{}[],:\"0-tfn\\\u0000\uD800"[random.Next(15)]);
                    break;
                case 2:
                    chars[at] = (char)random.Next(0, 0x3000);
                    break;
                default:
                    chars.InsertRange(at, chars.Skip(at).Take(random.Next(1, 40)).ToList());
                    break;
            }
        }

        return new string([.. chars]);
    }

    private static bool IsJson(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            JsonNode.Parse(text, documentOptions: new() { AllowDuplicateProperties = false, AllowTrailingCommas = true, CommentHandling = System.Text.Json.JsonCommentHandling.Skip, MaxDepth = 32 });
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
