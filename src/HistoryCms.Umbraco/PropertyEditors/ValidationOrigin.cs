using HistoryCms.Core.Validation;
using Umbraco.Cms.Core.Models.Validation;

namespace HistoryCms.Umbraco.PropertyEditors;

/// <summary>
/// Tells an editor's own save from every other publish, by the context Umbraco validates a property with.
/// <list type="bullet">
/// <item>An editor saving or publishing in the backoffice goes through the Management API: <c>ContentEditingService</c>
/// (save, validate) and <c>ContentPublishingService.ValidateCurrentContentAsync</c> (publish) call
/// <c>ContentValidationService</c>, whose <c>ContentValidationServiceBase.HandlePropertiesValidationAsync</c> always fills
/// <see cref="PropertyValidationContext.CulturesBeingValidated"/> with the cultures being saved, or all of the site's
/// languages (src/Umbraco.Core/Services/ContentValidationServiceBase.cs, ContentPublishingService.cs, release/17.4.2).</item>
/// <item><c>IContentService.Publish</c>, used by uSync's import (<c>ContentSerializer.PublishItem</c>), scheduled publishing
/// and code, validates through <c>PropertyValidationService.IsPropertyDataValid</c> with
/// <c>PropertyValidationContext.Empty()</c> or <c>CultureAndSegment(culture, null)</c>: no cultures being validated
/// (src/Umbraco.Core/Services/PropertyValidationService.cs, ContentService.cs).</item>
/// </list>
/// References to items that cannot be found block only an editor's own save; elsewhere they are reported as warnings by
/// <see cref="UnresolvedReferencesPublishingHandler"/> and delivered unresolved.
/// </summary>
public static class ValidationOrigin
{
    /// <summary>Whether Umbraco is validating what an editor saves or publishes through the backoffice.</summary>
    /// <param name="context">The context Umbraco passed to the value validator.</param>
    /// <returns><c>true</c> for the Management API's content validation.</returns>
    public static bool IsEditorsOwnSave(PropertyValidationContext? context) => context?.CulturesBeingValidated?.Any() == true;

    /// <summary>The messages that block saving in <paramref name="context"/>: all of them in an editor's own save, else those not about a missing item.</summary>
    /// <param name="messages">The domain messages.</param>
    /// <param name="context">The context Umbraco passed to the value validator.</param>
    /// <returns>The blocking messages.</returns>
    public static IReadOnlyList<ValidationMessage> Blocking(IReadOnlyList<ValidationMessage> messages, PropertyValidationContext? context)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return IsEditorsOwnSave(context) ? messages : [.. messages.Where(m => m.MissingItem is null)];
    }
}
