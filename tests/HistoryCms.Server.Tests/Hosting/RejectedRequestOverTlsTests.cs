using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace HistoryCms.Server.Tests.Hosting;

/// <summary>
/// On HTTPS, Kestrel places TLS after the endpoint defaults' connection middleware (dotnet/aspnetcore
/// src/Servers/Kestrel/Core/src/Internal/AddressBinder.cs: ApplyEndpointDefaults, then UseHttps; KestrelServerOptions.Listen
/// likewise applies the defaults before its configure callback), so the server's writer sees cipher text there: it must
/// leave Kestrel's answer whole. Placed after <c>UseHttps</c>, it sees the plain text and gives the problem body.
/// </summary>
public sealed class RejectedRequestOverTlsTests : IClassFixture<RejectedRequestOverTlsTests.TlsFixture>
{
    private readonly TlsFixture _fixture;

    public RejectedRequestOverTlsTests(TlsFixture fixture) => _fixture = fixture;

    [Fact]
    public async Task With_TLS_placed_inside_the_writer_a_rejection_keeps_Kestrels_answer_whole()
    {
        await using var connection = await RawHttp.ConnectTls(_fixture.TlsInside, _fixture.Certificate);
        await connection.Send($"GET {Http.Api}/content/item/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var response = await connection.Read();

        Assert.Equal(400, response.Status);
        Assert.Equal("0", response.Header("Content-Length"));
        Assert.Null(response.Header("Content-Type"));
    }

    [Fact]
    public async Task With_the_writer_placed_after_UseHttps_a_rejection_is_problem_json()
    {
        await using var connection = await RawHttp.ConnectTls(_fixture.WriterInside, _fixture.Certificate);
        await connection.Send($"GET {Http.Api}/content/item/%00 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        var response = await connection.Read();

        Assert.Equal(400, response.Status);
        Assert.Equal("application/problem+json", response.Header("Content-Type"));
        Assert.Contains("Invalid request target", JsonNode.Parse(response.Text)!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Served_requests_pass_through_both_placements()
    {
        foreach (var endpoint in new[] { _fixture.TlsInside, _fixture.WriterInside })
        {
            await using var connection = await RawHttp.ConnectTls(endpoint, _fixture.Certificate);
            await connection.Send($"GET {Http.Api}/content/item/people/charles-kraus HTTP/1.1\r\nHost: localhost\r\n\r\n");
            var response = await connection.Read();

            Assert.Equal(200, response.Status);
            Assert.Equal("Charles Kraus", JsonNode.Parse(response.Text)!["name"]!.GetValue<string>());
        }
    }

    /// <summary>The server on Kestrel with two HTTPS endpoints: TLS inside the writer, and the writer inside TLS.</summary>
    public sealed class TlsFixture : IDisposable
    {
        private readonly ServerFactory _factory = new();

        public TlsFixture()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            Certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), password: null);
            _factory.UseKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate));
                kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(Certificate).UseRejectedRequestProblems());
            });
            _factory.StartServer();
            var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.ToArray();
            Assert.Equal(2, addresses.Length);
            TlsInside = new Uri(addresses[0]);
            WriterInside = new Uri(addresses[1]);
        }

        public X509Certificate2 Certificate { get; }

        /// <summary>The endpoint with TLS added after the endpoint defaults (as for an https:// URL).</summary>
        public Uri TlsInside { get; }

        /// <summary>The endpoint with <c>UseRejectedRequestProblems</c> called again after <c>UseHttps</c>.</summary>
        public Uri WriterInside { get; }

        public void Dispose()
        {
            _factory.Dispose();
            Certificate.Dispose();
        }
    }
}
