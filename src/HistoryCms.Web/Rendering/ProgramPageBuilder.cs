using System.Globalization;
using HistoryCms.Core;
using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using HistoryCms.Core.ProgramBlocks.Delivery;
using HistoryCms.Core.Search;
using HistoryCms.Web.ViewModels;
using CoreSanitizer = HistoryCms.Core.Content.IHtmlSanitizer;

namespace HistoryCms.Web.Rendering;

/// <summary>Builds a program page: its blocks (through the same Core delivery mapping as the Delivery API), projects, staff, posts, documents.</summary>
internal sealed class ProgramPageBuilder(PageParts parts, ProgramBlockKindCollection kinds, CoreSanitizer sanitizer, TimeProvider time)
{
    public ProgramPageModel? Build(ContentItem item)
    {
        if (parts.Reader.ReadProgram(item) is not { } program)
        {
            return null;
        }

        var context = new ProgramBlockMappingContext(parts.Graph, sanitizer, time.GetUtcNow())
        {
            Program = item,
            Options = new ProgramBlockDeliveryOptions(parts.Options.SearchPath),
        };
        var blocks = new ProgramBlockDelivery(kinds)
            .Map(ProgramBlockList.Parse(program.BlocksJson), context)
            .Select((b, i) => new ProgramBlockModel(b, ProgramBlockModel.PartialFor(b.Kind), string.Create(CultureInfo.InvariantCulture, $"block-{i + 1}-heading")))
            .ToList();
        var documents = parts.Graph.ProgramDocuments(program.Key, includeProjects: true);

        // A document the page already shows in a featured-documents block is not listed again under "Documents".
        var featured = blocks.Select(b => b.Block.Content).OfType<FeaturedDocumentsBlockContent>().SelectMany(c => c.Documents).Select(d => d.Id).ToHashSet();
        var key = program.Key.ToString("D", CultureInfo.InvariantCulture);
        return new ProgramPageModel(
            new PageMeta(program.Name, program.ShortDescription, program.RoutePath),
            program,
            parts.Image(program.Logo, program.Name),
            blocks,
            [.. parts.Reader.ReadLinked<ResearchProgram>(program.Projects).Select(p => parts.Program(p, withProjects: false))],
            [.. parts.Reader.ReadLinked<Author>(program.Staff).Select(a => parts.Person(a))],
            parts.Posts(parts.Graph.ProgramPosts(program.Key, includeProjects: true), parts.Options.PostListSize),
            parts.Documents(documents.Where(d => !featured.Contains(d.Key)), parts.Options.DocumentListSize),
            documents.Count,
            parts.SearchUrl((SiteSearchFields.Type, HistoryAliases.ContentTypes.ArchivalDocument), (SiteSearchFields.Program, key)));
    }
}
