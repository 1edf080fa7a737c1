using Microsoft.VisualBasic.FileIO;

namespace HistoryCms.Core.Tests;

/// <summary>
/// Reads RFC 4180 text (quoted fields may hold commas, doubled quotes and line breaks) through .NET's own
/// <see cref="TextFieldParser"/>, as the sample writer does, with every field kept verbatim.
/// </summary>
internal static class Csv
{
    public static List<List<string>> Read(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text))
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(",");
        var rows = new List<List<string>>();
        while (!parser.EndOfData)
        {
            rows.Add([.. parser.ReadFields() ?? []]);
        }

        return rows;
    }
}
