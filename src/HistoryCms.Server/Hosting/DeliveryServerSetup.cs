using System.Text.Encodings.Web;
using HistoryCms.Core.Delivery;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.Search;
using HistoryCms.Search;
using HistoryCms.Search.Contributors;
using HistoryCms.Web.Search;
using HistoryCms.Server.Delivery;
using HistoryCms.Server.Snapshot;
using HistoryCms.Web.HistoryApi;
using HistoryCms.Web.Rendering;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace HistoryCms.Server;

/// <summary>Wires the delivery server: services, middleware and endpoints.</summary>
public static class DeliveryServerSetup
{
    /// <summary>The default address when neither <c>--urls</c> nor <c>ASPNETCORE_URLS</c> gives one.</summary>
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// The output cache policy of content responses: keyed by snapshot (and, for search, by the search index: see
    /// <see cref="ServedVersion"/>) and by the raw query string (the default
    /// vary-by-query, on unless cleared, sorts the request's own query values, which would reorder <c>content/items?id=</c>), evicted on every swap.
    /// </summary>
    public const string CachePolicy = "snapshot";

    // ASP.NET Core's switch for the static assets' development runtime handler.
    private const string ReloadStaticAssetsKey = "ReloadStaticAssetsAtRuntime";

    /// <summary>Registers the server's services.</summary>
    /// <param name="builder">The app builder.</param>
    /// <returns>The builder.</returns>
    public static WebApplicationBuilder AddHistoryDeliveryServer(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        // The package's stylesheet is a static web asset of HistoryCms.Web: serve it from the build output in every environment, not only Development.
        builder.WebHost.UseStaticWebAssets();

        // Run from the build output, MapStaticAssets turns on its development runtime handler unless told not to
        // (StaticAssetDevelopmentRuntimeHandler in ASP.NET Core: a fallback route whose constraint asks the file system on
        // every request, and assets served no-cache without integrity). Off outside Development unless configured.
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadStaticAssetsKey] is null)
        {
            builder.Configuration.AddInMemoryCollection([new(ReloadStaticAssetsKey, "false")]);
        }

        // Kestrel rejects an over-long request line before any middleware, with an empty 414: its limit is raised and the
        // server's own (ErrorResponses.MaxRequestTargetLength, Kestrel's default) answers with a problem+json body instead.
        // What Kestrel still rejects while reading a request gets a problem+json body too (RejectedRequestProblems).
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = ErrorResponses.KestrelMaxRequestLineSize;
            kestrel.ConfigureEndpointDefaults(static listen => listen.UseRejectedRequestProblems());
        });
        var services = builder.Services;
        services.Configure<DeliveryServerOptions>(builder.Configuration.GetSection(DeliveryServerOptions.Section));
        services.TryAddSingleton<IContentSource>(sp => ContentSources.Default(builder.Configuration));
        services.AddSingleton<SnapshotHolder>();
        services.AddSingleton(sp => new ServedVersion(
            sp.GetRequiredService<SnapshotHolder>(), sp.GetService<SearchIndexFeeder>(), sp.GetRequiredService<IOptions<HistoryPagesOptions>>()));
        services.AddScoped<IHistoryGraph>(sp => sp.GetRequiredService<SnapshotHolder>().Current);
        services.AddHostedService<ContentWatcher>();
        services.AddSingleton<DeliveryJsonWriter>();
        services.AddHistoryPages();
        services.AddOptions<HistoryPagesOptions>()
            .Bind(builder.Configuration.GetSection(HistoryPagesOptions.Section))
            .Configure<IOptions<DeliveryServerOptions>>((pages, server) => pages.SiteBaseUrl ??= Uri.TryCreate(server.Value.SiteBaseUrl, UriKind.Absolute, out var url) ? url : null);
        services.AddScoped<IContentRoutes>(sp => sp.GetRequiredService<SnapshotHolder>().Current);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(ProgramBlockKindCollection.BuiltIn);
        foreach (var writer in new IDeliveryPropertyWriter[]
                 {
                     new TextPropertyWriter(), new RichTextPropertyWriter(), new ContentPickerPropertyWriter(), new MediaPickerPropertyWriter(),
                     new StringListPropertyWriter(), new DatePropertyWriter(), new LinkPropertyWriter(),
                 })
        {
            services.AddSingleton(writer);
        }

        services.AddSingleton<IDeliveryPropertyWriter, CitationsPropertyWriter>();
        services.AddSingleton<IDeliveryPropertyWriter, ProgramBlocksPropertyWriter>();

        if (builder.Configuration.GetValue($"{DeliveryServerOptions.Section}:{nameof(DeliveryServerOptions.Search)}", true))
        {
            services.TryAddSingleton(_ => new ServerSearchIndex(new SiteIndexOptions { RamBufferMegabytes = 16 }));
            services.TryAddSingleton(sp => sp.GetRequiredService<ServerSearchIndex>().Index);
            foreach (var contributor in SiteIndexFeed.DefaultContributors)
            {
                services.TryAddEnumerable(ServiceDescriptor.Singleton<ISearchContributor>(contributor));
            }

            services.AddSingleton<SearchIndexFeeder>();
            services.TryAddSingleton<ISiteSearch>(sp => new IndexStateNotices(
                new LuceneSiteSearch(sp.GetRequiredService<SiteIndex>()), sp.GetRequiredService<SearchIndexFeeder>(), sp.GetRequiredService<SnapshotHolder>()));
            services.AddHostedService(sp => sp.GetRequiredService<SearchIndexFeeder>());
        }

        services.AddProblemDetails();
        services.AddExceptionHandler<ErrorResponses.BadRequestProblems>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddPublicReadCors();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["application/problem+json"]);
        });
        services.AddOutputCache(o =>
        {
            o.SizeLimit = 32 * 1024 * 1024;
            o.MaximumBodySize = 1024 * 1024;
            o.AddPolicy(CachePolicy, b => b.AddPolicy<SecondRequestAdmission>());
        });
        services.AddOpenApi(OpenApiDescriptions.Configure);
        return builder;
    }

    /// <summary>Adds the middleware and maps every endpoint.</summary>
    /// <param name="app">The app.</param>
    /// <returns>The app.</returns>
    public static WebApplication UseHistoryDeliveryServer(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseRejectedRequestProblems();
        app.UseHeadWithoutBody();
        app.UseRequestTargetLimit();
        app.UseExceptionHandler();
        app.UseErrorBodies();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseCors();
        app.UseMiddleware<ETagMiddleware>();
        app.UseOutputCache();

        var holder = app.Services.GetRequiredService<SnapshotHolder>();
        var store = app.Services.GetRequiredService<IOutputCacheStore>();
        holder.Swapped += (_, _) => _ = store.EvictByTagAsync(CachePolicy, CancellationToken.None).AsTask();

        // One root group, so that every GET endpoint also answers HEAD; the public read-only APIs are open to other origins.
        var root = app.MapGroup(string.Empty).AllowHead();
        root.MapDeliveryApi().WithMetadata(SnapshotETag.HandledByEndpoint).RequireCors(CrossOrigin.PublicReadPolicy).AllowHead();
        root.MapHistoryApi().CacheOutput(CachePolicy).WithMetadata(SnapshotETag.Instance).RequireCors(CrossOrigin.PublicReadPolicy).AllowHead();
        if (app.Services.GetService<ISiteSearch>() is not null)
        {
            root.MapHistorySearch().CacheOutput(CachePolicy).WithMetadata(SnapshotETag.Instance).RequireCors(CrossOrigin.PublicReadPolicy).AllowHead();
        }

        root.MapOpenApi().RequireCors(CrossOrigin.PublicReadPolicy).AllowHead();
        root.MapScalarApiReference("/api-reference", o => o.WithTitle("HistoryCms API reference"));
        root.MapServerPages();
        root.MapStaticAssets();
        root.MapHistoryPages().CacheOutput(CachePolicy).WithMetadata(SnapshotETag.Instance);
        app.Lifetime.ApplicationStarted.Register(() => StartupReport.Log(app));
        return app;
    }
}
