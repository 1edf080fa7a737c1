using NSubstitute;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.Entities;
using Umbraco.Cms.Core.Services;
using Umbraco.Cms.Core.Services.OperationStatus;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// Test doubles for the database-backed services the installer writes through. They keep Umbraco's real
/// model objects in memory, hand out copies as a database would (a change that is not saved is lost),
/// and count every write.
/// </summary>
internal sealed class InMemorySchemaServices
{
    private readonly Dictionary<Guid, IDataType> _dataTypes = [];
    private readonly Dictionary<Guid, IContentType> _contentTypes = [];
    private readonly Dictionary<Guid, IRelationType> _relationTypes = [];
    private readonly Dictionary<Guid, ITemplate> _templates = [];
    private readonly Dictionary<string, string?> _viewFiles = new(StringComparer.OrdinalIgnoreCase);
    private int _nextId = 1000;

    public InMemorySchemaServices()
    {
        DataTypeService.GetAsync(Arg.Any<Guid>()).Returns(call => Task.FromResult(Copy(_dataTypes, call.Arg<Guid>())));
        DataTypeService.CreateAsync(Arg.Any<IDataType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_dataTypes, call.Arg<IDataType>(), create: true)
                ? Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, call.Arg<IDataType>())
                : Attempt.FailWithStatus(DataTypeOperationStatus.DuplicateKey, call.Arg<IDataType>())));
        DataTypeService.UpdateAsync(Arg.Any<IDataType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_dataTypes, call.Arg<IDataType>(), create: false)
                ? Attempt.SucceedWithStatus(DataTypeOperationStatus.Success, call.Arg<IDataType>())
                : Attempt.FailWithStatus(DataTypeOperationStatus.NotFound, call.Arg<IDataType>())));

        ContentTypeService.Get(Arg.Any<Guid>()).Returns(call => Copy(_contentTypes, call.Arg<Guid>()));
        ContentTypeService.Get(Arg.Any<string>()).Returns(call =>
            _contentTypes.Values.FirstOrDefault(t => t.Alias == call.Arg<string>()) is { } found ? Copy(_contentTypes, found.Key) : null);
        ContentTypeService.CreateAsync(Arg.Any<IContentType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_contentTypes, call.Arg<IContentType>(), create: true)
                ? Attempt.Succeed(ContentTypeOperationStatus.Success)
                : Attempt.Fail(ContentTypeOperationStatus.DuplicateAlias)));
        ContentTypeService.UpdateAsync(Arg.Any<IContentType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_contentTypes, call.Arg<IContentType>(), create: false)
                ? Attempt.Succeed(ContentTypeOperationStatus.Success)
                : Attempt.Fail(ContentTypeOperationStatus.NotFound)));

        RelationService.GetRelationTypeById(Arg.Any<Guid>()).Returns(call => Copy(_relationTypes, call.Arg<Guid>()));
        RelationService.GetRelationTypeByAlias(Arg.Any<string>()).Returns(call =>
            _relationTypes.Values.FirstOrDefault(t => t.Alias == call.Arg<string>()) is { } found ? Copy(_relationTypes, found.Key) : null);
        RelationService.CreateAsync(Arg.Any<IRelationType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_relationTypes, call.Arg<IRelationType>(), create: true)
                ? Attempt.SucceedWithStatus(RelationTypeOperationStatus.Success, call.Arg<IRelationType>())
                : Attempt.FailWithStatus(RelationTypeOperationStatus.KeyAlreadyExists, call.Arg<IRelationType>())));
        RelationService.UpdateAsync(Arg.Any<IRelationType>(), Arg.Any<Guid>()).Returns(call => Task.FromResult(
            Write(_relationTypes, call.Arg<IRelationType>(), create: false)
                ? Attempt.SucceedWithStatus(RelationTypeOperationStatus.Success, call.Arg<IRelationType>())
                : Attempt.FailWithStatus(RelationTypeOperationStatus.NotFound, call.Arg<IRelationType>())));

        // As Core/Services/TemplateService.cs@release/17.4.2: aliases are unique (DuplicateAlias), the model is Umbraco's Template.
        TemplateService.GetAsync(Arg.Any<string>()).Returns(call => Task.FromResult(FindTemplate(call.Arg<string>())));
        TemplateService.CreateAsync(Arg.Any<string>(), Arg.Any<string>(), Arg.Any<string?>(), Arg.Any<Guid>(), Arg.Any<Guid?>()).Returns(call =>
        {
            var template = new Template(UmbracoTestObjects.ShortStringHelper, call.ArgAt<string>(0), call.ArgAt<string>(1))
            {
                Content = call.ArgAt<string?>(2),
                Key = call.ArgAt<Guid?>(4) ?? Guid.NewGuid(),
            };
            return Task.FromResult(FindTemplate(template.Alias) is null && WriteView(template) && Write(_templates, template, create: true)
                ? Attempt.SucceedWithStatus<ITemplate, TemplateOperationStatus>(TemplateOperationStatus.Success, template)
                : Attempt.FailWithStatus<ITemplate, TemplateOperationStatus>(TemplateOperationStatus.DuplicateAlias, template));
        });
    }

    public ITemplateService TemplateService { get; } = Substitute.For<ITemplateService>();

    public IDataTypeService DataTypeService { get; } = Substitute.For<IDataTypeService>();

    public IContentTypeService ContentTypeService { get; } = Substitute.For<IContentTypeService>();

    public IRelationService RelationService { get; } = Substitute.For<IRelationService>();

    /// <summary>Every write, e.g. <c>create DataType 'History - Text'</c> or <c>update ContentType 'historyBlogPost'</c>.</summary>
    public List<string> Writes { get; } = [];

    public IReadOnlyCollection<IDataType> DataTypes => _dataTypes.Values;

    public IReadOnlyCollection<IContentType> ContentTypes => _contentTypes.Values;

    public IReadOnlyCollection<IRelationType> RelationTypes => _relationTypes.Values;

    public IReadOnlyCollection<ITemplate> Templates => _templates.Values;

    public IContentType ContentType(string alias) => _contentTypes.Values.Single(t => t.Alias == alias);

    /// <summary>Stores an item as if an earlier version had saved it; not counted as a write.</summary>
    public void Store(IContentType contentType) => _contentTypes[contentType.Key] = (IContentType)contentType.DeepClone();

    /// <summary>Stores a data type as if a site had saved it; not counted as a write.</summary>
    public void Store(IDataType dataType) => _dataTypes[dataType.Key] = (IDataType)dataType.DeepClone();

    /// <summary>Stores a relation type as if a site had saved it; not counted as a write.</summary>
    public void Store(IRelationType relationType) => _relationTypes[relationType.Key] = (IRelationType)relationType.DeepClone();

    /// <summary>Stores a template as if a site had created it (with an id, as the database gives); not counted as a write.</summary>
    public ITemplate Store(ITemplate template)
    {
        template.Id = _nextId++;
        WriteView(template);
        _templates[template.Key] = (ITemplate)template.DeepClone();
        return template;
    }

    /// <summary>Deletes a template, as if the site had deleted it or an older package had never created it.</summary>
    public void RemoveTemplate(string alias) => _templates.Remove(_templates.Values.Single(t => t.Alias == alias).Key);

    /// <summary>Deletes a document type, as if the model that created it were older.</summary>
    public void RemoveContentType(Guid key) => _contentTypes.Remove(key);

    /// <summary>
    /// Keeps a template's content as its view file, as Umbraco's template repository does: Umbraco's <c>File</c> does not
    /// clone its content but reloads it through <c>GetFileContent</c> (Core/Models/File.cs@release/17.4.2).
    /// </summary>
    private bool WriteView(ITemplate template)
    {
        _viewFiles[template.Alias] = template.Content;
        ((Template)template).GetFileContent = file => _viewFiles.GetValueOrDefault(((ITemplate)file).Alias);
        return true;
    }

    private ITemplate? FindTemplate(string alias) =>
        _templates.Values.FirstOrDefault(t => string.Equals(t.Alias, alias, StringComparison.OrdinalIgnoreCase)) is { } found
            ? Copy(_templates, found.Key)
            : null;

    private static T? Copy<T>(Dictionary<Guid, T> store, Guid key)
        where T : class, IDeepCloneable =>
        store.TryGetValue(key, out T? item) ? (T)item.DeepClone() : null;

    private bool Write<T>(Dictionary<Guid, T> store, T item, bool create)
        where T : class, IEntity, IDeepCloneable
    {
        if (create == store.ContainsKey(item.Key))
        {
            return false;
        }

        if (create)
        {
            item.Id = _nextId++;
        }

        store[item.Key] = (T)item.DeepClone();
        Writes.Add($"{(create ? "create" : "update")} {typeof(T).Name[1..]} '{Describe(item)}'");
        return true;
    }

    private static string Describe(object item) => item switch
    {
        IDataType dataType => dataType.Name ?? string.Empty,
        IContentType contentType => contentType.Alias,
        IRelationType relationType => relationType.Alias,
        ITemplate template => template.Alias,
        _ => item.ToString() ?? string.Empty,
    };
}
