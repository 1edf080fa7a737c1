using System.Collections;
using System.Text.Json.Nodes;

namespace HistoryCms.Core.Citations;

/// <summary>
/// Fields of a stored JSON object that this version does not read (unknown, or of the wrong type), kept as their
/// JSON text in their original order so that writing the value back loses nothing a newer client or an editor put there.
/// </summary>
public sealed class JsonExtras : IReadOnlyList<KeyValuePair<string, string>>
{
    private readonly KeyValuePair<string, string>[] _fields;

    private JsonExtras(KeyValuePair<string, string>[] fields) => _fields = fields;

    /// <summary>No extra fields.</summary>
    public static JsonExtras Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _fields.Length;

    /// <inheritdoc />
    public KeyValuePair<string, string> this[int index] => _fields[index];

    /// <summary>Creates the extras from name and JSON text pairs.</summary>
    /// <param name="fields">The fields.</param>
    /// <returns>The extras.</returns>
    public static JsonExtras Of(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var array = fields.ToArray();
        return array.Length == 0 ? Empty : new JsonExtras(array);
    }

    /// <summary>Adds the fields, as JSON nodes, to <paramref name="target"/> (skipping names it already has).</summary>
    /// <param name="target">The object being written.</param>
    public void WriteTo(JsonObject target)
    {
        ArgumentNullException.ThrowIfNull(target);
        foreach (var (name, json) in _fields)
        {
            if (!target.ContainsKey(name))
            {
                target[name] = JsonNode.Parse(json);
            }
        }
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_fields).GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
