namespace HistoryCms.Core.Archival;

/// <summary>
/// One part of an <see cref="ArchivalReference"/>: a labelled unit ("op.1", "ll. 5-7ob.", "Box 3") or an unlabelled element
/// ("RGANI", "B 136/59748", "Budge Wilson fonds"), with the text exactly as printed.
/// </summary>
public sealed class ArchivalPart
{
    private readonly UnitLabel? _row;

    internal ArchivalPart(ArchivalPartKind kind, string source, int index, int length, int valueOffset = 0, UnitLabel? row = null)
    {
        Kind = kind;
        Index = index;
        Text = source.Substring(index, length);
        Label = Text[..valueOffset].TrimEnd();
        Value = Text[valueOffset..];
        _row = row;
        Ranges = kind is ArchivalPartKind.Folios or ArchivalPartKind.Pages ? ArchivalRange.ReadList(Value) : [];
    }

    /// <summary>What the part is.</summary>
    public ArchivalPartKind Kind { get; }

    /// <summary>The part as printed, label and value: "op.1", "ll. 5-7ob.", "Box 3", "RGANI".</summary>
    public string Text { get; }

    /// <summary>The label as printed ("op.", "ll.", "Box", "File No."), or empty for an unlabelled part.</summary>
    public string Label { get; }

    /// <summary>The value as printed: "1", "5-7ob.", "3"; the whole text for an unlabelled part.</summary>
    public string Value { get; }

    /// <summary>Where the part starts in <see cref="ArchivalReference.Text"/>.</summary>
    public int Index { get; }

    /// <summary>For leaves and pages, the ranges the value lists ("1-3, 5" gives two); empty for other parts.</summary>
    public IReadOnlyList<ArchivalRange> Ranges { get; }

    /// <summary>Whether the value is more than one leaf or page (so "ll.", "pp." rather than "l.", "p.").</summary>
    public bool IsPlural => Ranges.Count > 1 || Ranges.Any(r => r.IsRange);

    /// <summary>
    /// The part in a citation form: spelled ("fond 5", "listy 193–194"), abbreviated ("f. 5", "ll. 193–194") or as printed.
    /// Russian-style, folio and page labels take their standard form; other labels (Box, Folder, File No., vol.) stay as printed.
    /// </summary>
    /// <param name="form">The form.</param>
    /// <returns>The formatted part.</returns>
    public string Format(ArchivalCitationForm form)
    {
        if (form == ArchivalCitationForm.AsPrinted)
        {
            return Text;
        }

        var value = Ranges.Count > 0 ? string.Join(", ", Ranges) : Value;
        if (Label.Length == 0)
        {
            return value;
        }

        var label = _row?.Standard(form, IsPlural) ?? string.Join(' ', Label.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return label + " " + value;
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
