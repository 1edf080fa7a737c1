using HistoryCms.Core.Citations;

namespace HistoryCms.Core.Tests.Citations;

/// <summary>The one "distinct cited documents" of a post: what its relations, the search index, the History API's lists and its exports count.</summary>
public sealed class CitationListTests
{
    private const string A = "6b0c8f34-1d7e-4a57-9a3e-2f1c9d8e7a61";
    private const string B = "0f4e2c1a-9b8d-4e7f-8a6b-5c4d3e2f1a0b";

    public static TheoryData<string[], string[]> Cases => new()
    {
        { [], [] },
        { [A], [A] },
        { [A, B, A], [A, B] },
        { [B, A, B, A], [B, A] },
        { ["umb://document/6b0c8f341d7e4a579a3e2f1c9d8e7a61", A], [A] },
        { [A.ToUpperInvariant(), A], [A] },
        { ["", "not a key", B], [B] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_cited_documents_are_each_key_once_at_its_first_citation(string[] documentKeys, string[] expected)
    {
        var list = new CitationList([.. documentKeys.Select((key, i) => new Citation { Key = $"c{i}", DocumentKey = key })]);

        Assert.Equal(expected.Select(Guid.Parse), list.CitedDocumentKeys);
    }
}
