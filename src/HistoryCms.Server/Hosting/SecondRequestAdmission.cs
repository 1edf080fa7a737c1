using Microsoft.AspNetCore.OutputCaching;

namespace HistoryCms.Server;

/// <summary>
/// Output cache admission ("cache on second request", as CDNs do it): a response is stored only when the same request
/// (method, host, path, query string, and the request headers the cache varies by) was seen before, within the last
/// <see cref="Slots"/> or so distinct requests. One-off URLs — a search page nobody asks for again, a crawler walking every
/// filter combination, a client adding a cache-busting parameter — are then answered without copying their bodies into the
/// cache, and without pushing out the pages that are asked for again.
/// <para>
/// The decision is taken in <see cref="IOutputCachePolicy.CacheRequestAsync"/>, after ASP.NET Core's default policy, by turning
/// <see cref="OutputCacheContext.EnableOutputCaching"/> off for a request not seen before: <c>OutputCacheMiddleware</c> in
/// ASP.NET Core then calls the endpoint directly (no cache key, no look-up, no request coalescing through its work
/// dispatchers, no <c>OutputCacheStream</c> around the body), so a one-off answer is written straight into Kestrel's
/// response pipe. Nothing is lost by not looking it up: an answer is only ever stored on a repeat, so a request not seen
/// before has nothing in the cache (unless its slot was taken by another request since, which costs one render more).
/// </para>
/// </summary>
/// <param name="served">What responses are rendered from: the snapshot's and search index's ETag is part of an answer's key.</param>
internal sealed class SecondRequestAdmission(ServedVersion served) : IOutputCachePolicy
{
    /// <summary>How many request hashes are remembered (a fixed table: a new request overwrites the slot its hash falls in).</summary>
    public const int Slots = 1 << 16;

    /// <summary>How long a stored answer is kept (a new snapshot or search index evicts it earlier, by tag).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromMinutes(30);

    // The request headers an answer varies by besides the query string.
    private static readonly string[] VaryHeaders = ["Start-Item", "Origin"];

    private readonly long[] _seen = new long[Slots];

    /// <inheritdoc/>
    /// <remarks>
    /// Runs after ASP.NET Core's default policy (GET and HEAD without credentials). A request seen before gets the cache's
    /// rules, which are set only then, so that a one-off request costs nothing more: stored for <see cref="Expiry"/> under
    /// the tag <see cref="DeliveryServerSetup.CachePolicy"/>, keyed by the raw query string (parameter order and repeats
    /// included, instead of the default's every query key) and the served ETag, and varying by <c>Start-Item</c> and
    /// <c>Origin</c>.
    /// </remarks>
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.EnableOutputCaching || !context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }

        var request = context.HttpContext.Request;
        if (!SeenBefore(request))
        {
            context.EnableOutputCaching = false;
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = Expiry;
        context.Tags.Add(DeliveryServerSetup.CachePolicy);
        var rules = context.CacheVaryByRules;
        rules.QueryKeys = default;
        rules.HeaderNames = VaryHeaders;
        rules.VaryByValues[served.ETagFor(request.Path)] = request.QueryString.Value ?? string.Empty;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>Whether the request was seen before; remembers it either way. Races between threads only delay an admission.</summary>
    /// <param name="request">The request.</param>
    /// <returns><c>true</c> on a repeat.</returns>
    private bool SeenBefore(HttpRequest request)
    {
        var headers = request.Headers;
        var hash = HashCode.Combine(request.Method, request.Host.Value, request.Path.Value, request.QueryString.Value, headers["Start-Item"].ToString(), headers.Origin.ToString());

        // The low bit marks a used slot, so that an empty slot (0) never matches.
        var mark = ((long)hash << 1) | 1;
        ref var slot = ref _seen[(uint)hash % Slots];
        if (Volatile.Read(ref slot) == mark)
        {
            return true;
        }

        Volatile.Write(ref slot, mark);
        return false;
    }
}
