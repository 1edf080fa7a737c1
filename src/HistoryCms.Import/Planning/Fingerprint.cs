namespace HistoryCms.Import.Planning;

/// <summary>A 64-bit FNV-1a hash of a stored value: what the importer remembers of each field it wrote, to tell an editor's change from its own.</summary>
public static class Fingerprint
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>The hash of a value; blank and <c>null</c> hash alike (uSync writes an absent value as empty).</summary>
    /// <param name="value">The stored value.</param>
    /// <returns>The hash.</returns>
    public static ulong Of(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 0;
        }

        var hash = Offset;
        foreach (var c in value)
        {
            hash = (hash ^ (byte)c) * Prime;
            hash = (hash ^ (byte)(c >> 8)) * Prime;
        }

        return hash == 0 ? 1 : hash;
    }
}
