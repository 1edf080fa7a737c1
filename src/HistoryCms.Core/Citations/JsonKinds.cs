using System.Text.Json;
using System.Text.Json.Nodes;

namespace HistoryCms.Core.Citations;

/// <summary>Small readers over <see cref="JsonNode"/> that never throw on a value of the wrong kind.</summary>
internal static class JsonKinds
{
    /// <summary>The kind of a node, <see cref="JsonValueKind.Null"/> for <c>null</c>.</summary>
    public static JsonValueKind KindOf(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    /// <summary>The node's text when it is a JSON string.</summary>
    public static bool TryGetString(JsonNode? node, out string text)
    {
        text = string.Empty;
        if (KindOf(node) != JsonValueKind.String)
        {
            return false;
        }

        text = node!.Deserialize<string>() ?? string.Empty;
        return true;
    }

    /// <summary>
    /// The properties of an object, the first of each name compared case-insensitively (a later one that differs only
    /// in case is ignored), with the canonical names of <paramref name="known"/> mapped to their nodes.
    /// </summary>
    public static (Dictionary<string, JsonNode?> Known, List<KeyValuePair<string, string>> Unknown) Split(JsonObject obj, IReadOnlyList<string> known)
    {
        var found = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        var unknown = new List<KeyValuePair<string, string>>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, node) in obj)
        {
            if (!seen.Add(name))
            {
                continue;
            }

            var canonical = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            if (canonical is not null)
            {
                found[canonical] = node;
            }
            else
            {
                unknown.Add(new(name, node?.ToJsonString() ?? "null"));
            }
        }

        return (found, unknown);
    }
}
