using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.Tests.ProgramBlocks;

/// <summary>
/// A kind that only the tests know, written the way a site developer would write one (internal, no registration):
/// <c>{"events":[{"year":1947,"text":"…","document":"&lt;guid&gt;"}]}</c>. It proves the extension point.
/// </summary>
internal sealed class TimelineBlockKind : IProgramBlockKind
{
    public string Alias => "timeline";

    public string DisplayName => "Timeline";

    public bool IsDynamic => false;

    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        var events = check.List("events", "the list of events", min: 1, max: 50);
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i] is not JsonObject item)
            {
                check.Add($"events[{i}]", $"event {i + 1} must be an object.");
                continue;
            }

            var entry = check.Nested(item, $"events[{i}]");
            entry.WholeNumber("year", $"the year of event {i + 1}", 1000, 2100);
            entry.Text("text", $"the text of event {i + 1}", 500, required: true);
            if (item["document"] is not null)
            {
                entry.Pick(item["document"], "document", $"the document of event {i + 1}", A.ArchivalDocument);
            }
        }

        return check.Messages;
    }

    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) =>
        BlockContent.Objects(content, "events").Select(e => BlockContent.Key(e, "document")).OfType<Guid>()
            .Select(k => new ProgramBlockReference(k, ProgramBlockReferenceTarget.ArchivalDocument));

    public object? Map(ProgramBlock block, ProgramBlockMappingContext context) =>
        new TimelineContent([.. BlockContent.Objects(block.Content, "events").Select(e => new TimelineEvent(
            BlockContent.WholeNumber(e, "year"),
            BlockContent.Text(e, "text") ?? string.Empty,
            BlockContent.Key(e, "document") is { } key ? ContentCards.Document(key, context) : null))]);

    public string IndexText(JsonObject content) =>
        string.Join(' ', BlockContent.Objects(content, "events").Select(e => BlockContent.Text(e, "text")).OfType<string>());
}

internal sealed record TimelineContent(IReadOnlyList<TimelineEvent> Events);

internal sealed record TimelineEvent(int? Year, string Text, DocumentCard? Document);

/// <summary>Not a kind Discover may create: it has no parameterless constructor.</summary>
internal sealed class KindNeedingAService(string alias) : IProgramBlockKind
{
    public string Alias => alias;

    public string DisplayName => "Needs a service";

    public bool IsDynamic => false;

    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context) => [];

    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => [];

    public object? Map(ProgramBlock block, ProgramBlockMappingContext context) => null;

    public string IndexText(JsonObject content) => string.Empty;
}
