using System.Reflection;
using Microsoft.Extensions.Options;
using NSubstitute;
using Umbraco.Cms.Core.Cache;
using Umbraco.Cms.Core.Configuration.Models;
using Umbraco.Cms.Core.Dictionary;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.ContentEditing;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>
/// What the Management API does with a document an editor saves or publishes (ContentEditingService.ValidateUpdateAsync,
/// ContentPublishingService.ValidateCurrentContentAsync): Umbraco.Cms.Core's own internal <c>ContentValidationService</c>
/// (src/Umbraco.Core/Services/ContentValidationService.cs, ContentValidationServiceBase.cs) over the real
/// <see cref="PropertyValidationService"/> and <see cref="ValueEditorCache"/>. The service is internal to Umbraco.Cms.Core
/// 17.8.1, so it is created and called by reflection; the language and data type services (database-backed) are test
/// doubles for one language, en-US.
/// </summary>
internal sealed class ManagementApiValidation
{
    private const string ServiceTypeName = "Umbraco.Cms.Core.Services.ContentValidationService";

    private readonly object _service;
    private readonly MethodInfo _validate;

    public ManagementApiValidation(PropertyEditorCollection editors, params IDataType[] dataTypes)
    {
        var languages = Substitute.For<ILanguageService>();
        languages.GetDefaultIsoCodeAsync().Returns("en-US");
        languages.GetAllAsync().Returns([new Language("en-US", "English (United States)") { IsDefault = true }]);
        var dataTypeService = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // PropertyValidationService itself calls the synchronous lookup.
        dataTypeService.GetDataType(Arg.Any<int>()).Returns(call => dataTypes.FirstOrDefault(d => d.Id == call.Arg<int>()));
#pragma warning restore CS0618
        PropertyValidation = new PropertyValidationService(
            editors,
            dataTypeService,
            Substitute.For<ILocalizedTextService>(),
            new ValueEditorCache(),
            Substitute.For<ICultureDictionary>(),
            languages,
            Options.Create(new ContentSettings()));
        var type = typeof(IPropertyValidationService).Assembly.GetType(ServiceTypeName, throwOnError: true)!;
        _service = Activator.CreateInstance(type, PropertyValidation, languages)!;
        _validate = type.GetMethod("ValidatePropertiesAsync")!;
    }

    /// <summary>The real property validation service (also what IContentService.Publish validates with).</summary>
    public PropertyValidationService PropertyValidation { get; }

    /// <summary>Validates an invariant document's posted values as the Management API does.</summary>
    /// <param name="contentType">The document type.</param>
    /// <param name="values">Property alias to posted value.</param>
    /// <returns>Umbraco's validation result: one error per property and JSON path.</returns>
    public async Task<ContentValidationResult> ValidateAsync(IContentType contentType, IReadOnlyDictionary<string, object?> values)
    {
        var model = new ContentUpdateModel
        {
            Properties = [.. values.Select(v => new PropertyValueModel { Alias = v.Key, Value = v.Value })],
            Variants = [new VariantModel { Name = "Page", Culture = null, Segment = null }],
        };
        var task = (Task<ContentValidationResult>)_validate.Invoke(_service, [model, contentType, null])!;
        return await task;
    }
}
