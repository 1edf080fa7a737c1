using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Public access entries by protected node id, answering <c>IsProtected(contentPath)</c> as
/// src/Umbraco.Core/Services/PublicAccessService.cs@release/17.4.2 does: an entry on the item or on any ancestor in its
/// path protects it (the service needs the database, so it is a test double).
/// </summary>
internal sealed class TestPublicAccess
{
    private readonly HashSet<int> _protected = [];

    public TestPublicAccess()
    {
        Service.IsProtected(Arg.Any<string>()).Returns(call =>
        {
            var ids = call.ArgAt<string>(0).Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).Where(id => id != -1);
            var entry = ids.Reverse().FirstOrDefault(_protected.Contains);
            return entry == 0
                ? Attempt<PublicAccessEntry?>.Fail()
                : Attempt<PublicAccessEntry?>.Succeed(new PublicAccessEntry(Guid.NewGuid(), entry, 1, 2, []));
        });
    }

    public IPublicAccessService Service { get; } = Substitute.For<IPublicAccessService>();

    /// <summary>Protects a node (and so everything below it).</summary>
    public void Protect(int nodeId) => _protected.Add(nodeId);

    /// <summary>Removes a node's protection.</summary>
    public void Open(int nodeId) => _protected.Remove(nodeId);
}
