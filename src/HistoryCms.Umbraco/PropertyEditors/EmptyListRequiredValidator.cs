using System.ComponentModel.DataAnnotations;
using Umbraco.Cms.Core.PropertyEditors;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// "Mandatory" for a property whose value is a list: an empty list is no value. Umbraco's <c>DataValueEditor.Validate</c>
/// calls <see cref="IValueRequiredValidator.ValidateRequired"/> only when the property type is mandatory, after the value
/// editor's own validators.
/// </summary>
/// <param name="isEmpty">Whether a stored value is an empty list (a value the list reader cannot read is left to the value validator).</param>
/// <param name="message">What the editor is asked to do, e.g. "Add at least one citation.".</param>
internal sealed class EmptyListRequiredValidator(Func<object?, bool> isEmpty, string message) : IValueRequiredValidator
{
    /// <inheritdoc />
    public IEnumerable<ValidationResult> ValidateRequired(object? value, string? valueType) =>
        isEmpty(value) ? [new ValidationResult(message, ["value"])] : [];
}
