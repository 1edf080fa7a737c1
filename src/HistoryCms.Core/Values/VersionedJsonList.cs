using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HistoryCms.Core.Validation;

namespace HistoryCms.Core.Values;

/// <summary>
/// The envelope of a property value that holds a versioned list, e.g. <c>{"v":2,"blocks":[...]}</c>: reads any incoming
/// shape without throwing, upgrades values written by older versions step by step, and writes the current version.
/// Used by the Program Blocks value. The Document Citations value (<c>CitationJson</c>) reads its items itself (it keeps
/// unknown fields and keeps a value of another format version unchanged instead of reading it as the current one) but
/// shares this class's words for JSON kinds (<see cref="Describe"/>), its version messages (<see cref="VersionMessage"/>)
/// and its encoder (<see cref="StoredValueOptions"/>), so an editor reads the same message for the same problem in both.
/// </summary>
/// <remarks>
/// Reading is tolerant: a missing <c>v</c> or a bare JSON array is taken as version 1; unknown fields are ignored.
/// What cannot be read is reported as <see cref="ValidationMessage"/>s (paths relative to the value), never as an exception.
/// </remarks>
public sealed class VersionedJsonList
{
    private const string VersionProperty = "v";

    /// <summary>The serializer options every stored list value is written with (Program Blocks, Document Citations): compact.</summary>
    /// <remarks>Stored values are not embedded in HTML; the relaxed encoder keeps Cyrillic and markup readable in the database and in uSync files.</remarks>
    public static JsonSerializerOptions StoredValueOptions { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private readonly IReadOnlyDictionary<int, Func<JsonObject, JsonObject>> _upgrades;

    /// <summary>Creates the format.</summary>
    /// <param name="itemsProperty">The name of the list in the envelope, e.g. <c>blocks</c>.</param>
    /// <param name="currentVersion">The version written today (1 or more).</param>
    /// <param name="upgrades">
    /// One step per older version: the key is the version it reads, the function returns the envelope of the next version.
    /// A step receives its own copy of the envelope and must not throw on any shape of the items.
    /// </param>
    public VersionedJsonList(string itemsProperty, int currentVersion, IReadOnlyDictionary<int, Func<JsonObject, JsonObject>>? upgrades = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(itemsProperty);
        ArgumentOutOfRangeException.ThrowIfLessThan(currentVersion, 1);
        ItemsProperty = itemsProperty;
        CurrentVersion = currentVersion;
        _upgrades = upgrades ?? new Dictionary<int, Func<JsonObject, JsonObject>>();
    }

    /// <summary>The name of the list in the envelope.</summary>
    public string ItemsProperty { get; }

    /// <summary>The version written today.</summary>
    public int CurrentVersion { get; }

    /// <summary>Reads a raw value (JSON text, <see cref="JsonNode"/>, <see cref="JsonElement"/>, CLR object or <c>null</c>).</summary>
    /// <param name="value">The raw value.</param>
    /// <returns>The items, upgraded to <see cref="CurrentVersion"/>, and what could not be read.</returns>
    public VersionedJsonReading Read(object? value)
    {
        var read = StoredEnvelope.Read(value);
        var problems = new List<ValidationMessage>();
        JsonObject envelope;
        switch (read.Shape)
        {
            case EnvelopeShape.Unreadable:
                return new VersionedJsonReading(CurrentVersion, [], [new ValidationMessage(string.Empty, read.Error!)]);
            case EnvelopeShape.Empty:
                return new VersionedJsonReading(CurrentVersion, [], []);
            case EnvelopeShape.List:
                envelope = new JsonObject { [VersionProperty] = 1, [ItemsProperty] = read.Node!.DeepClone() };
                break;
            case EnvelopeShape.Envelope:
                envelope = (JsonObject)read.Node!;
                break;
            default:
                problems.Add(new ValidationMessage(string.Empty, $"The value must be a JSON object with a list of {ItemsProperty}, not {Describe(read.Node)}."));
                return new VersionedJsonReading(CurrentVersion, [], problems);
        }

        var sourceVersion = ReadVersion(envelope, problems);
        var version = sourceVersion;
        while (version < CurrentVersion)
        {
            if (_upgrades.TryGetValue(version, out var upgrade))
            {
                envelope = upgrade((JsonObject)envelope.DeepClone());
            }

            version++;
        }

        var items = envelope[ItemsProperty];
        switch (items)
        {
            case null:
                return new VersionedJsonReading(sourceVersion, [], problems);
            case JsonArray list:
                return new VersionedJsonReading(sourceVersion, [.. list], problems);
            default:
                problems.Add(new ValidationMessage(ItemsProperty, $"The {ItemsProperty} must be a JSON array, not {Describe(items)}."));
                return new VersionedJsonReading(sourceVersion, [], problems);
        }
    }

    /// <summary>Writes the current version's envelope around <paramref name="items"/> as compact JSON.</summary>
    /// <param name="items">The items, already in the current version's shape; each is copied.</param>
    /// <returns>The JSON text.</returns>
    public string Write(IEnumerable<JsonNode> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item.DeepClone());
        }

        var envelope = new JsonObject { [VersionProperty] = CurrentVersion, [ItemsProperty] = array };
        return envelope.ToJsonString(StoredValueOptions);
    }

    /// <summary>Describes a JSON node's kind in an editor's words ("a number", "a list", ..., "empty" for JSON <c>null</c> or nothing): the one vocabulary of every value reader's messages.</summary>
    /// <param name="node">The node.</param>
    /// <returns>The description.</returns>
    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "empty",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "an unknown value",
    };

    /// <summary>
    /// The message for a value whose format version this site does not read, in the same words for every versioned value.
    /// </summary>
    /// <param name="shown">The version as stored (shortened), e.g. <c>4</c> or <c>"one"</c>.</param>
    /// <param name="isNewer">Whether it is a number above <paramref name="currentVersion"/> (written by a newer package).</param>
    /// <param name="currentVersion">The version this site reads.</param>
    /// <param name="outcome">What happens to the value, e.g. "It is kept unchanged."</param>
    /// <returns>The message.</returns>
    public static string VersionMessage(string shown, bool isNewer, int currentVersion, string outcome) => isNewer
        ? string.Create(CultureInfo.InvariantCulture, $"This value was written by a newer version of HistoryCms (format {shown}; this site reads format {currentVersion}). {outcome}")
        : string.Create(CultureInfo.InvariantCulture, $"The format version \"{shown}\" is not one HistoryCms knows (this site reads format {currentVersion}). {outcome}");

    private int ReadVersion(JsonObject envelope, List<ValidationMessage> problems)
    {
        var node = envelope[VersionProperty];
        if (node is null)
        {
            return 1;
        }

        int? version = null;
        if (node is JsonValue value)
        {
            if (value.TryGetValue<int>(out var number))
            {
                version = number;
            }
            else if (value.TryGetValue<double>(out var real) && real == Math.Floor(real) && real is >= int.MinValue and <= int.MaxValue)
            {
                version = (int)real;
            }
            else if (value.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                version = parsed;
            }
        }

        if (version is null || version < 1)
        {
            problems.Add(new ValidationMessage(VersionProperty, VersionMessage(QuotedText.Shorten(node is JsonValue text && text.TryGetValue<string>(out var s) ? s : node.ToJsonString(), 20), isNewer: false, CurrentVersion, $"It is read as version {CurrentVersion}.")));
            return CurrentVersion;
        }

        if (version > CurrentVersion)
        {
            problems.Add(new ValidationMessage(VersionProperty, VersionMessage(
                version.Value.ToString(CultureInfo.InvariantCulture), isNewer: true, CurrentVersion, "Update the package before editing it, or parts of it may be lost.")));
            return CurrentVersion;
        }

        return version.Value;
    }

}

/// <summary>The outcome of <see cref="VersionedJsonList.Read"/>.</summary>
/// <param name="SourceVersion">The version the value was written in (after tolerating a missing or bad <c>v</c>).</param>
/// <param name="Items">The items, upgraded to the current version (each may be any JSON, or <c>null</c>).</param>
/// <param name="Problems">What could not be read, with paths relative to the value; empty when the envelope was fine.</param>
public sealed record VersionedJsonReading(int SourceVersion, IReadOnlyList<JsonNode?> Items, IReadOnlyList<ValidationMessage> Problems);
