using System.Numerics;

namespace HistoryCms.Server.Delivery;

/// <summary>Operations on a set of ordinals held as one bit per ordinal (see <see cref="Snapshot.OrdinalIndex.MembersOf"/>).</summary>
internal static class Intersection
{
    /// <summary>Clears the bits outside <c>[low, high)</c> and counts the rest.</summary>
    /// <param name="bits">The bits.</param>
    /// <param name="low">The first ordinal kept.</param>
    /// <param name="high">The ordinal after the last kept.</param>
    /// <returns>How many bits are set.</returns>
    public static int KeepRange(Span<ulong> bits, int low, int high)
    {
        var total = bits.Length * 64;
        low = Math.Clamp(low, 0, total);
        high = Math.Clamp(high, low, total);
        bits[..(low >> 6)].Clear();
        if ((low & 63) != 0)
        {
            bits[low >> 6] &= ~0UL << (low & 63);
        }

        if (high < total)
        {
            var last = high >> 6;
            if ((high & 63) != 0)
            {
                bits[last] &= (1UL << (high & 63)) - 1;
                last++;
            }

            bits[last..].Clear();
        }

        var count = 0;
        foreach (var word in bits)
        {
            count += BitOperations.PopCount(word);
        }

        return count;
    }

    /// <summary>Writes the ordinals whose bits are set, in increasing order.</summary>
    /// <param name="bits">The bits.</param>
    /// <param name="ordinals">Where to write them (long enough for all).</param>
    /// <returns>How many were written.</returns>
    public static int Ordinals(ReadOnlySpan<ulong> bits, Span<int> ordinals)
    {
        var count = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            for (var word = bits[i]; word != 0; word &= word - 1)
            {
                ordinals[count++] = (i << 6) + BitOperations.TrailingZeroCount(word);
            }
        }

        return count;
    }
}
