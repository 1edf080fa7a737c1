namespace HistoryCms.Server.Tests;

/// <summary>
/// The in-process server over a temporary copy of the shipped sample content (uSync/v17), through the real uSync reader
/// and file watcher. The read-only sample tests share one (<see cref="SharedSampleServer"/>); a test that changes,
/// breaks or deletes a file makes its own.
/// </summary>
public sealed class SampleServer : IDisposable
{
    public SampleServer()
    {
        Factory = new ServerFactory(null, Sample.Root);
        Client = Factory.CreateClient();
    }

    /// <summary>The copy of the sample content the server reads.</summary>
    public SampleContent Sample { get; } = new();

    /// <summary>A client of the server.</summary>
    public HttpClient Client { get; }

    internal ServerFactory Factory { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
        Sample.Dispose();
    }
}

/// <summary>The test classes that read the sample site share one <see cref="SampleServer"/>.</summary>
[CollectionDefinition(Name)]
public sealed class SharedSampleServer : ICollectionFixture<SampleServer>
{
    public const string Name = "Sample server";
}
