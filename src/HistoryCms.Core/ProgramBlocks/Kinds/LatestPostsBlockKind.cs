using System.Text.Json.Nodes;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Validation;
using A = HistoryCms.Core.HistoryAliases.ContentTypes;

namespace HistoryCms.Core.ProgramBlocks.Kinds;

/// <summary>
/// The newest posts of the program the page belongs to, optionally with its projects' (child programs') posts:
/// <c>{"count":3,"includeProjects":true}</c>. Resolved when delivered (dynamic): newest by publish date, falling back
/// to the creation date; posts dated after "now" are left out until their date.
/// </summary>
public sealed class LatestPostsBlockKind : IProgramBlockKind
{
    /// <summary>The fewest posts a block may ask for.</summary>
    public const int MinCount = 1;

    /// <summary>The most posts a block may ask for.</summary>
    public const int MaxCount = 24;

    /// <summary>How many posts a block without a count shows.</summary>
    public const int DefaultCount = 3;

    /// <inheritdoc />
    public string Alias => ProgramBlockKindAliases.LatestPosts;

    /// <inheritdoc />
    public string DisplayName => "Latest posts";

    /// <inheritdoc />
    public bool IsDynamic => true;

    /// <inheritdoc />
    public IEnumerable<ValidationMessage> Validate(JsonObject content, ProgramBlockValidationContext context)
    {
        var check = new BlockContentCheck(content, context);
        check.WholeNumber("count", "the number of posts", MinCount, MaxCount);
        check.Flag("includeProjects", "\"include projects\"");
        return check.Messages;
    }

    /// <inheritdoc />
    public IEnumerable<ProgramBlockReference> GetReferences(JsonObject content) => [];

    /// <inheritdoc />
    public object? Map(ProgramBlock block, ProgramBlockMappingContext context)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(context);
        var count = Math.Clamp(BlockContent.WholeNumber(block.Content, "count") ?? DefaultCount, MinCount, MaxCount);
        var includeProjects = BlockContent.Flag(block.Content, "includeProjects") ?? false;
        if (context.Program is not { } program)
        {
            return new LatestPostsBlockContent(count, includeProjects, []);
        }

        var programs = new HashSet<Guid> { program.Key };
        if (includeProjects)
        {
            programs.UnionWith(context.Content.ChildrenOf(program.Key)
                .Where(c => string.Equals(c.ContentType, A.Program, StringComparison.Ordinal))
                .Select(c => c.Key));
        }

        var posts = context.Content.OfType(A.BlogPost)
            .Where(p => ContentCards.ProgramsOf(p).Any(programs.Contains))
            .Select(p => (Post: p, Date: ContentCards.PostDate(p)))
            .Where(p => p.Date <= context.Now)
            .OrderByDescending(p => p.Date)
            .ThenBy(p => p.Post.Key)
            .Take(count)
            .Select(p => ContentCards.Post(p.Post, context))
            .ToList();
        return new LatestPostsBlockContent(count, includeProjects, posts);
    }

    /// <inheritdoc />
    public string IndexText(JsonObject content) => string.Empty;
}
