using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>Cited documents by key, counting look-ups.</summary>
internal sealed class TestDocumentSource(params CitedDocument[] documents) : ICitedDocumentSource
{
    private readonly Dictionary<Guid, CitedDocument> _byKey = documents.ToDictionary(d => d.Key);

    public int Lookups { get; private set; }

    public CitedDocument? Find(Guid key)
    {
        Lookups++;
        return _byKey.GetValueOrDefault(key);
    }
}
