using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Validation;

namespace HistoryCms.Web.Tests.TestSupport;

/// <summary>A site's own block kind: a list of years and events. Its look is the test site's Views/Shared/HistoryCms/Blocks/_timeline.cshtml.</summary>
public sealed class TimelineBlockKind : IProgramBlockKind
{
    public string Alias => "timeline";

    public string DisplayName => "Timeline";

    public bool IsDynamic => false;

    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context) => [];

    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => [];

    public object? Map(ProgramBlock block, ProgramBlockMappingContext context) =>
        new TimelineContent([.. (block.Content["events"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(e => new TimelineEvent(e["year"]?.GetValue<int>() ?? 0, e["text"]?.GetValue<string>() ?? string.Empty))]);

    public string IndexText(JsonObject content) => string.Empty;
}

/// <summary>The delivered content of a timeline block.</summary>
public sealed record TimelineContent(IReadOnlyList<TimelineEvent> Events);

/// <summary>One event.</summary>
public sealed record TimelineEvent(int Year, string Text);
