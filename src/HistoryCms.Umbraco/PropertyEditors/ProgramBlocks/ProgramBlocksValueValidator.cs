using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.Content;
using HistoryCms.Core.ProgramBlocks;
using Umbraco.Cms.Core.Models.Validation;
using Umbraco.Cms.Core.PropertyEditors;
using CoreConfiguration = HistoryCms.Core.ProgramBlocks.ProgramBlocksConfiguration;

namespace HistoryCms.Umbraco.PropertyEditors.ProgramBlocks;

/// <summary>
/// Runs the Core block validation on what the editor posted. The messages name the block and the field and are nested at
/// their paths inside the value (e.g. <c>blocks[1].content.link.url</c>) in one <see cref="JsonPathResults"/> result, the
/// shape Umbraco turns into a message next to that block; messages about the whole value stay on the property. A picked
/// item that cannot be found blocks only an editor's own save (<see cref="ValidationOrigin"/>).
/// </summary>
internal sealed class ProgramBlocksValueValidator : IValueValidator
{
    private readonly ProgramBlockListValidator _validator;
    private readonly IContentLookup _content;

    /// <summary>Initializes a new instance of the <see cref="ProgramBlocksValueValidator"/> class.</summary>
    /// <param name="kinds">The kinds the site knows.</param>
    /// <param name="content">Where picked items are checked.</param>
    public ProgramBlocksValueValidator(ProgramBlockKindCollection kinds, IContentLookup content)
    {
        _validator = new ProgramBlockListValidator(kinds);
        _content = content;
    }

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(object? value, string? valueType, object? dataTypeConfiguration, PropertyValidationContext validationContext) =>
        JsonPathResults.For(ValidationOrigin.Blocking(
            _validator.Validate(value, ConfigurationOf(dataTypeConfiguration), new ProgramBlockValidationContext(_content)),
            validationContext));

    /// <summary>The Core configuration of a data type's configuration object (typed, or the raw dictionary).</summary>
    /// <param name="configuration">The configuration object.</param>
    /// <returns>The Core configuration.</returns>
    internal static CoreConfiguration ConfigurationOf(object? configuration) => configuration switch
    {
        ProgramBlocksConfiguration typed => new CoreConfiguration([.. typed.AllowedKinds], Math.Max(0, typed.MinItems), Math.Max(0, typed.MaxItems)),
        IReadOnlyDictionary<string, object?> values => CoreConfiguration.FromValues(values),
        IDictionary<string, object> values => CoreConfiguration.FromValues(values.ToDictionary(p => p.Key, p => (object?)p.Value)),
        _ => CoreConfiguration.Default,
    };
}
