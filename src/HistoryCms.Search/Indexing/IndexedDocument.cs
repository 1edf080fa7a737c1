using System.Globalization;
using HistoryCms.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace HistoryCms.Search.Indexing;

/// <summary>Turns a <see cref="SearchDocument"/> into the Lucene fields of the site index.</summary>
internal static class IndexedDocument
{
    private const int MaxFacetValueBytes = 2000;

    private static readonly FieldType BodyType = CreateBodyType();
    private static readonly FieldType StoredKeyType = CreateKeyType(stored: true);
    private static readonly FieldType KeyType = CreateKeyType(stored: false);

    /// <summary>The fields indexed as one whole token (the index analyses them with a keyword analyzer).</summary>
    public static IReadOnlyList<string> KeyFields { get; } = [SearchFields.Id, SearchFields.Ancestor];

    /// <summary>The fields of one document.</summary>
    /// <param name="source">The search document.</param>
    /// <returns>The Lucene document.</returns>
    public static Document Create(SearchDocument source)
    {
        var document = new Document
        {
            new Field(SearchFields.Id, Key(source.Id), StoredKeyType),
            new StoredField(SearchFields.Title, source.Title),
            new Field(SearchFields.Body, source.Body, BodyType),
            new Field(SearchFields.Extra, string.Join(SearchFields.PartSeparator, source.Extra.Select(e => e.Replace(SearchFields.PartSeparator, ' '))), BodyType),
            new StoredField(SearchFields.Route, source.Route),
            new StoredField(SiteSearchFields.Type, source.Type),
        };
        AddFacet(document, SiteSearchFields.Type, source.Type, null);
        foreach (var program in source.Programs)
        {
            AddFacet(document, SiteSearchFields.Program, program.Key, program.Label);
        }

        foreach (var author in source.Authors)
        {
            AddFacet(document, SiteSearchFields.Author, author.Key, author.Label);
        }

        AddFacets(document, SiteSearchFields.Repository, source.Repository is null ? [] : [source.Repository]);
        AddFacets(document, SiteSearchFields.Language, source.Languages);
        AddFacets(document, SiteSearchFields.Genre, source.Genre is null ? [] : [source.Genre]);
        AddFacets(document, SiteSearchFields.Subject, source.Subjects);
        AddFacets(document, SiteSearchFields.Person, source.People.Select(p => p.Name));
        AddFacets(document, SiteSearchFields.Place, source.Places);
        AddDate(document, source.Date);
        foreach (var ancestor in source.Ancestors)
        {
            document.Add(new Field(SearchFields.Ancestor, Key(ancestor), KeyType));
        }

        foreach (var person in source.People.Where(p => p.Variants.Count > 0))
        {
            var group = string.Join(SearchFields.Separator, person.Variants.Prepend(person.Name).Distinct(StringComparer.Ordinal));
            document.Add(new SortedSetDocValuesField(SearchFields.NameVariants, Truncated(group)));
        }

        // The title leads the meta text (one analysed field less per document and per query word); one field value,
        // as analysing one instance per part cost more than the rare phrase that spans two parts.
        document.Add(new TextField(SearchFields.Meta, string.Join(" ; ", MetaParts(source)), Field.Store.NO));

        return document;
    }

    /// <summary>The indexed form of a content key.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The key in <c>D</c> format.</returns>
    public static string Key(Guid key) => key.ToString("D", CultureInfo.InvariantCulture);

    /// <summary>A date as the <c>yyyyMMdd</c> number kept for ranges and sorting.</summary>
    /// <param name="date">The day.</param>
    /// <returns>The number.</returns>
    public static int DayNumber(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    private static void AddDate(Document document, SearchDate? date)
    {
        if (date is null)
        {
            return;
        }

        document.Add(new StoredField(SearchFields.DateText, date.Text));
        document.Add(new NumericDocValuesField(SearchFields.DateStart, DayNumber(date.Start)));
        document.Add(new NumericDocValuesField(SearchFields.DateEnd, DayNumber(date.End)));
        var lastYear = Math.Min(date.End.Year, date.Start.Year + 30);
        var years = Enumerable.Range(date.Start.Year, lastYear - date.Start.Year + 1).ToList();
        AddFacets(document, SiteSearchFields.Year, years.Select(y => y.ToString("D4", CultureInfo.InvariantCulture)));
        AddFacets(document, SiteSearchFields.Decade, years.Select(y => (y / 10 * 10).ToString("D4", CultureInfo.InvariantCulture) + "s"));
    }

    private static void AddFacets(Document document, string field, IEnumerable<string> values)
    {
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).Distinct(StringComparer.Ordinal))
        {
            AddFacet(document, field, value, null);
        }
    }

    private static void AddFacet(Document document, string field, string value, string? label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var stored = label is null || label == value ? value.Trim() : value.Trim() + SearchFields.Separator + label;
        document.Add(new SortedSetDocValuesField(field, Truncated(stored)));
    }

    private static BytesRef Truncated(string value)
    {
        var bytes = new BytesRef(value);
        if (bytes.Length > MaxFacetValueBytes)
        {
            bytes.Length = MaxFacetValueBytes;
        }

        return bytes;
    }

    private static List<string> MetaParts(SearchDocument source)
    {
        var parts = new List<string> { source.Title };
        parts.AddRange(source.Extra);
        foreach (var person in source.People)
        {
            parts.Add(person.Name);
            parts.AddRange(person.Variants);
        }

        parts.AddRange(source.Subjects);
        parts.AddRange(source.Places);
        parts.AddRange(source.Authors.Select(a => a.Label));
        if (source.Repository is not null)
        {
            parts.Add(source.Repository);
        }

        if (source.Genre is not null)
        {
            parts.Add(source.Genre);
        }

        return parts;
    }

    // Like StringField, but analysed (by the keyword analyzer of KeyFields): a StringField builds a new token stream for
    // every document, and each takes Lucene.NET's attribute-factory lock, contention that showed in parallel indexing.
    private static FieldType CreateKeyType(bool stored)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = stored,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    private static FieldType CreateBodyType()
    {
        var type = new FieldType(TextField.TYPE_STORED)
        {
            IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        };
        type.Freeze();
        return type;
    }
}
