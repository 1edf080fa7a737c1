using System.Text.Json;
using HistoryCms.Core;
using HistoryCms.Core.Delivery;
using HistoryCms.Umbraco.PropertyEditors.PersonNames;
using HistoryCms.Umbraco.Tests.TestSupport;
using NSubstitute;
using Umbraco.Cms.Core.Models;
using Umbraco.Cms.Core.Models.PublishedContent;
using Umbraco.Cms.Core.PropertyEditors;
using Umbraco.Cms.Core.PropertyEditors.ValueConverters;
using Umbraco.Cms.Core.Services;

namespace HistoryCms.Umbraco.Tests.PropertyEditors.PersonNames;

/// <summary>
/// The converter run by Umbraco's real PublishedContentTypeFactory and PublishedPropertyType, beside Umbraco's own
/// MultipleTextStringValueConverter (Umbraco.Core/PropertyEditors/ValueConverters/MultipleTextStringValueConverter.cs,
/// release/17.4.2), which is a [DefaultPropertyValueConverter]: PublishedPropertyType.InitializeConverters
/// (Umbraco.Core/Models/PublishedContent/PublishedPropertyType.cs) lets a non-default converter replace it.
/// </summary>
public sealed class PersonNamesValueConverterTests
{
    private const string Stored = "Andrei Vyshinsky | Andrey Vyshinsky | Вышинский\r\nWarren Austin\n\n | \n";

    private static readonly JsonSerializerOptions CamelCase = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static IPublishedPropertyType PropertyType(string alias)
    {
        var editor = new DataEditor(UmbracoTestObjects.ValueEditorFactory) { Alias = "Umbraco.MultipleTextstring" };
        var dataType = new DataType(editor, UmbracoTestObjects.Json) { Id = 21 };
        var dataTypes = Substitute.For<IDataTypeService>();
#pragma warning disable CS0618 // The factory itself still calls the obsolete synchronous lookups.
        dataTypes.GetAll().Returns([dataType]);
        dataTypes.GetAll(Arg.Any<int[]>()).Returns([dataType]);
        dataTypes.GetDataType(21).Returns(dataType);
#pragma warning restore CS0618
        var converters = new PropertyValueConverterCollection(() => [new MultipleTextStringValueConverter(), new PersonNamesValueConverter()]);
        var factory = new PublishedContentTypeFactory(new NoopPublishedModelFactory(), converters, dataTypes);
        return factory.CreatePropertyType(Substitute.For<IPublishedContentType>(), alias, 21);
    }

    [Fact]
    public void The_people_property_delivers_names_with_variants_as_objects_never_pipe_joined_lines()
    {
        var propertyType = PropertyType(HistoryAliases.Properties.People);
        var owner = Substitute.For<IPublishedElement>();

        var inter = propertyType.ConvertSourceToInter(owner, Stored, false);
        var api = propertyType.ConvertInterToDeliveryApiObject(owner, PropertyCacheLevel.Element, inter, false, false);
        var razor = propertyType.ConvertInterToObject(owner, PropertyCacheLevel.Element, inter, false);

        Assert.Equal(typeof(IReadOnlyList<DeliveredPersonName>), propertyType.DeliveryApiModelClrType);
        Assert.Equal(
            """[{"name":"Andrei Vyshinsky","variants":["Andrey Vyshinsky","\u0412\u044B\u0448\u0438\u043D\u0441\u043A\u0438\u0439"]},{"name":"Warren Austin","variants":[]}]""",
            JsonSerializer.Serialize(api, CamelCase));
        Assert.Equal(JsonSerializer.Serialize(api), JsonSerializer.Serialize(razor));
    }

    [Fact]
    public void Other_name_lists_keep_Umbracos_multiple_textstring_converter()
    {
        var propertyType = PropertyType(HistoryAliases.Properties.Translators);

        Assert.Equal(typeof(IEnumerable<string>), propertyType.DeliveryApiModelClrType);
        Assert.Equal(["Gary Goldberg", "Someone | Else"], (IEnumerable<string>)propertyType.ConvertInterToDeliveryApiObject(
            Substitute.For<IPublishedElement>(), PropertyCacheLevel.Element, propertyType.ConvertSourceToInter(Substitute.For<IPublishedElement>(), "Gary Goldberg\nSomeone | Else", false), false, false)!);
    }
}
