using System.ComponentModel.DataAnnotations;
using HistoryCms.Core.Validation;
using Umbraco.Cms.Core.PropertyEditors.Validation;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Turns domain validation messages into the one result shape Umbraco maps to per-field messages. Umbraco's
/// <c>ContentValidationServiceBase.ValidateProperty</c> (src/Umbraco.Core/Services/ContentValidationServiceBase.cs) keeps the
/// JSON path only of results that implement <see cref="INestedValidationResults"/>: <c>JsonPathValidator</c> walks them and
/// joins each <see cref="NestedJsonPathValidationResults.JsonPath"/> into <c>.blocks[1].content</c>, which the Management
/// API reports as <c>$.values[i].value.blocks[1].content</c>. Plain results lose their member names and become one
/// property-level message, and a plain result next to a nested one is dropped. <c>JsonPathValidator</c> is run on each
/// child of the outer result, so a plain message directly inside it is dropped too (and the editor would get the outer
/// result's empty message): messages about the whole value go into an inner <see cref="NestedValidationResults"/> without
/// a path, which Umbraco reports at the JSON path <c>""</c>, on the property.
/// </summary>
public static class JsonPathResults
{
    /// <summary>One result holding every message: messages about the whole value at its root, the others at their paths.</summary>
    /// <param name="messages">The domain messages; paths relative to the property value (e.g. <c>citations[2].locator.value</c>).</param>
    /// <returns>The nested result.</returns>
    public static ValidationResult From(IEnumerable<ValidationMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var root = new NestedValidationResults();
        foreach (var group in messages.GroupBy(m => m.Path, StringComparer.Ordinal))
        {
            if (group.Key.Length == 0)
            {
                var whole = new NestedValidationResults();
                foreach (var message in group)
                {
                    whole.ValidationResults.Add(new ValidationResult(message.Message));
                }

                root.ValidationResults.Add(whole);
                continue;
            }

            var nested = new NestedJsonPathValidationResults(group.Key);
            foreach (var message in group)
            {
                nested.ValidationResults.Add(new ValidationResult(message.Message, [group.Key]));
            }

            root.ValidationResults.Add(nested);
        }

        return root;
    }

    /// <summary>No result for no messages, else the one nested result of <see cref="From"/>.</summary>
    /// <param name="messages">The domain messages.</param>
    /// <returns>The results to return from a value validator.</returns>
    public static IEnumerable<ValidationResult> For(IReadOnlyCollection<ValidationMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Count == 0 ? [] : [From(messages)];
    }
}
