using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace HistoryCms.USync;

/// <summary>One uSync file: where it goes below the uSync root (e.g. <c>v17</c>) and its exact bytes.</summary>
/// <param name="RelativePath">Path below the uSync folder with forward slashes, e.g. <c>ContentTypes/historyblogpost.config</c>.</param>
/// <param name="Bytes">The file's bytes (UTF-8 with a byte order mark, as uSync writes them).</param>
public sealed record USyncFile(string RelativePath, byte[] Bytes)
{
    /// <summary>The file extension uSync uses.</summary>
    public const string Extension = ".config";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        OmitXmlDeclaration = false,
    };

    /// <summary>
    /// Serialises an element as uSync saves it (<c>XElement.Save</c> with default options): UTF-8 with a byte order mark,
    /// an XML declaration, two-space indentation, no final newline. Line ends are always <c>\n</c> so the output is the same on
    /// every platform.
    /// </summary>
    /// <param name="relativePath">Path below the uSync folder.</param>
    /// <param name="root">The root element.</param>
    /// <returns>The file.</returns>
    public static USyncFile From(string relativePath, XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, WriterSettings))
        {
            new XDocument(root).Save(writer);
        }

        return new USyncFile(relativePath, stream.ToArray());
    }

    /// <summary>The file's text (without the byte order mark).</summary>
    public string Text => new UTF8Encoding(false).GetString(Bytes).TrimStart('\uFEFF');
}
