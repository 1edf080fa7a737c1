namespace HistoryCms.Umbraco.Tests.Packaging;

/// <summary>The tests that run <c>dotnet pack</c> over the same projects, one after the other (they share the projects' obj/ folders).</summary>
[CollectionDefinition(Name)]
public sealed class SerialDotnetPack
{
    public const string Name = "dotnet pack";
}
