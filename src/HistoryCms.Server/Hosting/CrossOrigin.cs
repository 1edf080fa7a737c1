using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace HistoryCms.Server;

/// <summary>
/// The CORS policy of the public read-only APIs: published content only, so by default any origin may read it; the
/// origins are configurable (<see cref="DeliveryServerOptions.CorsOrigins"/>). Preflight requests are answered by the CORS
/// middleware for every endpoint that requires the policy. Nothing else (pages, the citation preview) is open to scripts
/// of other origins.
/// </summary>
public static class CrossOrigin
{
    /// <summary>The policy name.</summary>
    public const string PublicReadPolicy = "HistoryCms.PublicRead";

    /// <summary>The request headers a cross-origin script may send (besides the CORS-safelisted ones).</summary>
    public static IReadOnlyList<string> AllowedHeaders { get; } = ["Start-Item", "Accept-Language", "If-None-Match"];

    /// <summary>The response headers a cross-origin script may read (besides the CORS-safelisted ones).</summary>
    public static IReadOnlyList<string> ExposedHeaders { get; } = ["ETag", "Content-Disposition", "Vary"];

    /// <summary>How long a browser may keep a preflight answer.</summary>
    public static TimeSpan PreflightMaxAge { get; } = TimeSpan.FromHours(1);

    /// <summary>Registers the policy, built from <see cref="DeliveryServerOptions.CorsOrigins"/>.</summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddPublicReadCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<DeliveryServerOptions>>((cors, server) =>
            cors.AddPolicy(PublicReadPolicy, policy =>
            {
                var origins = server.Value.CorsOrigins;
                if (origins is null || origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/'))]);
                }

                policy.WithMethods(HttpMethods.Get, HttpMethods.Head)
                    .WithHeaders([.. AllowedHeaders])
                    .WithExposedHeaders([.. ExposedHeaders])
                    .SetPreflightMaxAge(PreflightMaxAge);
            }));
        return services;
    }
}
