namespace HistoryCms.Server.Delivery;

/// <summary>UTF-8 JSON held as consecutive parts (e.g. a page: its head, the items' kept renderings, the commas between them).</summary>
/// <param name="parts">The parts, in order.</param>
public sealed class Utf8JsonParts(IReadOnlyList<ReadOnlyMemory<byte>> parts)
{
    /// <summary>The parts, in order.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Parts { get; } = parts;

    /// <summary>The length of the whole JSON in bytes.</summary>
    public long Length { get; } = parts.Sum(p => (long)p.Length);

    /// <summary>The JSON in one array.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> ToArray()
    {
        if (Parts.Count == 1)
        {
            return Parts[0];
        }

        var json = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var part in Parts)
        {
            part.Span.CopyTo(json.AsSpan(at));
            at += part.Length;
        }

        return json;
    }
}
