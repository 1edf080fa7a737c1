using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using HistoryCms.Core.ProgramBlocks.Kinds;

namespace HistoryCms.Core.ProgramBlocks;

/// <summary>
/// The block kinds a site knows, by alias. Built from instances (the Umbraco plugin passes the kinds its type loader
/// found and dependency injection made) or by <see cref="Discover"/>ing them in assemblies (the delivery server).
/// </summary>
public sealed partial class ProgramBlockKindCollection : IReadOnlyList<IProgramBlockKind>
{
    private readonly IReadOnlyList<IProgramBlockKind> _kinds;
    private readonly Dictionary<string, IProgramBlockKind> _byAlias;

    /// <summary>Creates the collection; the order is the order of the catalogue editors see.</summary>
    /// <param name="kinds">The kinds.</param>
    /// <exception cref="ArgumentException">A kind has an invalid alias or no display name, or two kinds share an alias.</exception>
    public ProgramBlockKindCollection(IEnumerable<IProgramBlockKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        _kinds = [.. kinds];
        _byAlias = new Dictionary<string, IProgramBlockKind>(StringComparer.Ordinal);
        foreach (var kind in _kinds)
        {
            if (kind.Alias is not { Length: > 0 and <= ProgramBlockLimits.MaxKindLength } alias || !AliasPattern().IsMatch(alias))
            {
                throw new ArgumentException($"The block kind {kind.GetType().FullName} has the alias \"{kind.Alias}\"; an alias is letters and digits, starting with a letter.", nameof(kinds));
            }

            if (string.IsNullOrWhiteSpace(kind.DisplayName))
            {
                throw new ArgumentException($"The block kind {kind.GetType().FullName} has no display name.", nameof(kinds));
            }

            if (!_byAlias.TryAdd(alias, kind))
            {
                throw new ArgumentException($"The block kinds {_byAlias[alias].GetType().FullName} and {kind.GetType().FullName} share the alias \"{alias}\".", nameof(kinds));
            }
        }
    }

    /// <summary>The built-in kinds only.</summary>
    public static ProgramBlockKindCollection BuiltIn { get; } = new(BuiltInKinds());

    /// <inheritdoc />
    public int Count => _kinds.Count;

    /// <inheritdoc />
    public IProgramBlockKind this[int index] => _kinds[index];

    /// <summary>
    /// Finds every non-abstract class implementing <see cref="IProgramBlockKind"/> with a parameterless constructor (public
    /// or not) in the built-in kinds' assembly and in <paramref name="assemblies"/>, and creates one of each, in
    /// <see cref="FromFound">catalogue order</see>.
    /// </summary>
    /// <param name="assemblies">Where a site's own kinds live.</param>
    /// <returns>The collection.</returns>
    public static ProgramBlockKindCollection Discover(params Assembly[] assemblies)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        var found = assemblies
            .Append(typeof(ProgramBlockKindCollection).Assembly)
            .Distinct()
            .SelectMany(LoadableTypes)
            .Where(t => t.IsClass && !t.IsAbstract && !t.ContainsGenericParameters && typeof(IProgramBlockKind).IsAssignableFrom(t))
            .Where(t => t.GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes) is not null)
            .Distinct()
            .Select(t => (IProgramBlockKind)Activator.CreateInstance(t, nonPublic: true)!);
        return FromFound(found);
    }

    /// <summary>
    /// Creates the collection from kinds a type loader found (in no particular order): the built-in kinds first in their
    /// catalogue order, then the others ordered by type name, so every host shows the same catalogue.
    /// </summary>
    /// <param name="kinds">The kinds.</param>
    /// <returns>The collection.</returns>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static ProgramBlockKindCollection FromFound(IEnumerable<IProgramBlockKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var builtIn = BuiltInKinds().Select(k => k.GetType()).ToList();
        return new ProgramBlockKindCollection(kinds
            .OrderBy(k => builtIn.IndexOf(k.GetType()) is var i and >= 0 ? i : builtIn.Count)
            .ThenBy(k => k.GetType().FullName, StringComparer.Ordinal));
    }

    /// <summary>The kind with this alias (exact, case-sensitive), or <c>null</c>.</summary>
    /// <param name="alias">The alias.</param>
    /// <returns>The kind, or <c>null</c>.</returns>
    public IProgramBlockKind? Find(string? alias) => alias is not null && _byAlias.TryGetValue(alias, out var kind) ? kind : null;

    /// <summary>Everything the visible and hidden blocks of <paramref name="list"/> point to, once each, in order.</summary>
    /// <param name="list">The blocks.</param>
    /// <returns>The references (blocks of unknown kinds contribute none).</returns>
    public IReadOnlyList<ProgramBlockReference> GetReferences(ProgramBlockList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return [.. list.SelectMany(b => Find(b.Kind)?.GetReferences(b.Content) ?? []).Distinct()];
    }

    /// <summary>The text of the visible blocks for the search index: headings and each kind's text, one block per line.</summary>
    /// <param name="list">The blocks.</param>
    /// <returns>The text, or an empty string.</returns>
    public string IndexText(ProgramBlockList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var lines = list
            .Where(b => !b.Settings.Hidden)
            .Select(b => string.Join(' ', new[] { b.Settings.Heading, Find(b.Kind)?.IndexText(b.Content) }.Where(t => !string.IsNullOrWhiteSpace(t))))
            .Where(line => line.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Whether any visible block of <paramref name="list"/> is of a dynamic kind (its delivery must not be cached).</summary>
    /// <param name="list">The blocks.</param>
    /// <returns><c>true</c> when a visible block is dynamic.</returns>
    public bool HasDynamicBlocks(ProgramBlockList list)
    {
        ArgumentNullException.ThrowIfNull(list);
        return list.Any(b => !b.Settings.Hidden && Find(b.Kind) is { IsDynamic: true });
    }

    /// <inheritdoc />
    public IEnumerator<IProgramBlockKind> GetEnumerator() => _kinds.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static IProgramBlockKind[] BuiltInKinds() =>
    [
        new RichTextBlockKind(), new FeaturedDocumentsBlockKind(), new LatestPostsBlockKind(), new ProjectPromosBlockKind(),
        new PeopleBlockKind(), new CallToActionBlockKind(), new DocumentSearchBlockKind(),
    ];

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.OfType<Type>();
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPattern();
}
