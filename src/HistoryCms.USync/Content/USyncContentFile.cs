using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace HistoryCms.USync.Content;

/// <summary>What one uSync content file (<c>Content/*.config</c>) says about its item, before the tree is built.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Key">The item's key.</param>
/// <param name="Name">The node name (<c>NodeName Default</c>).</param>
/// <param name="ContentType">The document type alias.</param>
/// <param name="ParentKey">The parent's key, or <c>null</c> at the root.</param>
/// <param name="SortOrder">Position among its siblings.</param>
/// <param name="CreateDate">When it was created (uSync writes no offset; read as UTC).</param>
/// <param name="Published">Whether it is published (<c>Published Default</c>).</param>
/// <param name="Trashed">Whether it is in the recycle bin.</param>
/// <param name="Values">The invariant raw property values by alias (empty string when the file holds an empty value).</param>
/// <param name="Line">The line of the root element, for messages about the item.</param>
public sealed record USyncContentNode(
    string Path,
    Guid Key,
    string Name,
    string ContentType,
    Guid? ParentKey,
    int SortOrder,
    DateTimeOffset CreateDate,
    bool Published,
    bool Trashed,
    IReadOnlyDictionary<string, string?> Values,
    int Line);

/// <summary>Reads one uSync content file. Every problem is a <see cref="USyncFormatException"/> naming the file and line.</summary>
public static class USyncContentFile
{
    /// <summary>Files larger than this are refused rather than loaded (a content item is a few kilobytes).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly XmlReaderSettings ReaderSettings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Reads a content file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The item the file describes.</returns>
    /// <exception cref="USyncFormatException">The file cannot be read, is not well-formed XML, or lacks a required part.</exception>
    public static USyncContentNode Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var size = new FileInfo(path).Length;
            if (size > MaxFileBytes)
            {
                throw new USyncFormatException(new USyncProblem(path, 0, 0, $"The file is {size / (1024 * 1024)} MB; a content file may be at most {MaxFileBytes / (1024 * 1024)} MB."));
            }

            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new USyncFormatException(new USyncProblem(path, 0, 0, "The file cannot be read: " + e.Message), e);
        }

        return Parse(path, text);
    }

    /// <summary>Reads a content file's text.</summary>
    /// <param name="path">The file's path (for messages).</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The item the file describes.</returns>
    /// <exception cref="USyncFormatException">The text is not well-formed XML or lacks a required part.</exception>
    public static USyncContentNode Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        var doctype = text.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
        if (doctype >= 0)
        {
            var line = text.AsSpan(0, doctype).Count('\n') + 1;
            var column = doctype - text.LastIndexOf('\n', Math.Max(doctype - 1, 0));
            throw new USyncFormatException(new USyncProblem(path, line, column, "The file declares a DOCTYPE, which a uSync file never has; it is not read."));
        }

        XElement root;
        using var reader = XmlReader.Create(new StringReader(text), ReaderSettings);
        try
        {
            root = XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        }
        catch (XmlException e)
        {
            var at = (IXmlLineInfo)reader;
            var (line, column) = e.LineNumber > 0 ? (e.LineNumber, e.LinePosition) : (at.LineNumber, at.LinePosition);
            throw new USyncFormatException(new USyncProblem(path, line, column, "The file is not well-formed XML: " + e.Message), e);
        }

        if (root.Name.LocalName != "Content")
        {
            throw Problem(path, root, $"The root element is <{root.Name.LocalName}>; a content file starts with <Content>.");
        }

        var key = ReadKey(path, root);
        var info = root.Element("Info") ?? throw Problem(path, root, "The <Info> element is missing.");
        var contentType = Required(path, info, "ContentType");
        var nodeName = info.Element("NodeName")?.Attribute("Default")?.Value ?? root.Attribute("Alias")?.Value;
        if (string.IsNullOrWhiteSpace(nodeName))
        {
            throw Problem(path, info, "The item has no name: <NodeName Default=\"...\"> is missing or empty.");
        }

        return new USyncContentNode(
            path,
            key,
            nodeName,
            contentType,
            ReadParent(path, info),
            ReadNumber(path, info, "SortOrder"),
            ReadDate(path, info),
            ReadFlag(path, info.Element("Published")?.Attribute("Default"), defaultValue: true),
            ReadFlag(path, info.Element("Trashed"), defaultValue: false),
            ReadValues(root.Element("Properties")),
            LineOf(root));
    }

    private static Guid ReadKey(string path, XElement root)
    {
        var key = root.Attribute("Key")?.Value;
        if (string.IsNullOrWhiteSpace(key))
        {
            throw Problem(path, root, "The item has no key: the Key attribute of <Content> is missing.");
        }

        return Guid.TryParse(key, out var parsed) && parsed != Guid.Empty
            ? parsed
            : throw Problem(path, root, $"The key \"{key}\" is not a valid, non-empty GUID.");
    }

    private static Guid? ReadParent(string path, XElement info)
    {
        var parent = info.Element("Parent");
        var key = parent?.Attribute("Key")?.Value;
        if (parent is null || string.IsNullOrWhiteSpace(key))
        {
            return null;
        }

        return Guid.TryParse(key, out var parsed)
            ? parsed == Guid.Empty ? null : parsed
            : throw Problem(path, parent, $"The parent key \"{key}\" is not a valid GUID.");
    }

    private static string Required(string path, XElement info, string name)
    {
        var element = info.Element(name);
        return string.IsNullOrWhiteSpace(element?.Value)
            ? throw Problem(path, element ?? info, $"<{name}> is missing or empty.")
            : element.Value.Trim();
    }

    private static int ReadNumber(string path, XElement info, string name)
    {
        var element = info.Element(name);
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            return 0;
        }

        return int.TryParse(element.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Problem(path, element, $"<{name}> holds \"{element.Value}\", which is not a whole number.");
    }

    private static DateTimeOffset ReadDate(string path, XElement info)
    {
        var element = info.Element("CreateDate");
        if (element is null || string.IsNullOrWhiteSpace(element.Value))
        {
            throw Problem(path, element ?? info, "<CreateDate> is missing or empty.");
        }

        return DateTimeOffset.TryParse(element.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : throw Problem(path, element, $"<CreateDate> holds \"{element.Value}\", which is not a date (expected e.g. 2024-05-01T09:30:00).");
    }

    private static bool ReadFlag(string path, XObject? node, bool defaultValue)
    {
        var text = node switch
        {
            XAttribute attribute => attribute.Value,
            XElement element => element.Value,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return defaultValue;
        }

        return bool.TryParse(text.Trim(), out var value)
            ? value
            : throw Problem(path, node!, $"\"{text}\" is not true or false.");
    }

    private static Dictionary<string, string?> ReadValues(XElement? properties)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (properties is null)
        {
            return values;
        }

        foreach (var property in properties.Elements())
        {
            var invariant = property.Elements("Value")
                .FirstOrDefault(v => v.Attribute("Culture") is null && v.Attribute("Segment") is null);
            values[property.Name.LocalName] = invariant?.Value;
        }

        return values;
    }

    private static int LineOf(XObject node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static USyncFormatException Problem(string path, XObject node, string message)
    {
        var info = node as IXmlLineInfo;
        return new USyncFormatException(new USyncProblem(path, info?.LineNumber ?? 0, info?.LinePosition ?? 0, message));
    }
}
