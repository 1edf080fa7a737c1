using System.ComponentModel.DataAnnotations;
using Umbraco.Cms.Core.PropertyEditors.Validation;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>Reads a value validator's nested results as (path, message) pairs, for asserting on them.</summary>
internal static class NestedResults
{
    /// <summary>Every message with the JSON path it is nested at (empty at the root), in order.</summary>
    public static IReadOnlyList<(string Path, string Message)> Flatten(IEnumerable<ValidationResult> results)
    {
        var found = new List<(string, string)>();
        foreach (var result in results)
        {
            Walk(result, string.Empty, found);
        }

        return found;
    }

    private static void Walk(ValidationResult result, string path, List<(string, string)> found)
    {
        if (result is INestedValidationResults nested)
        {
            var here = result is IJsonPathValidationResult json ? json.JsonPath : path;
            foreach (var child in nested.ValidationResults)
            {
                Walk(child, here, found);
            }

            return;
        }

        found.Add((path, result.ErrorMessage ?? string.Empty));
    }
}
