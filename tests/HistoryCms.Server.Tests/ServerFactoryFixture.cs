namespace HistoryCms.Server.Tests;

/// <summary>One in-process server over <see cref="TestSite"/>, shared by a test class.</summary>
public sealed class ServerFactoryFixture : IDisposable
{
    internal ServerFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
