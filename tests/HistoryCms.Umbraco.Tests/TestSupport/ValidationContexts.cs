using Umbraco.Cms.Core.Models.Validation;

namespace HistoryCms.Umbraco.Tests.TestSupport;

/// <summary>The two contexts Umbraco 17 validates a property value with (release/17.4.2).</summary>
internal static class ValidationContexts
{
    /// <summary>
    /// An editor's save or publish through the Management API: ContentValidationServiceBase.HandlePropertiesValidationAsync
    /// sets the cultures being validated to the site's languages (src/Umbraco.Core/Services/ContentValidationServiceBase.cs).
    /// </summary>
    public static PropertyValidationContext EditorsOwnSave => new()
    {
        Culture = null, Segment = null, CulturesBeingValidated = ["en-US"], SegmentsBeingValidated = [null],
    };

    /// <summary>
    /// IContentService.Publish of invariant content (uSync's import, scheduled publishing): PropertyValidationService.IsPropertyDataValid
    /// with ImpactInvariant validates with PropertyValidationContext.Empty() (src/Umbraco.Core/Services/PropertyValidationService.cs).
    /// </summary>
    public static PropertyValidationContext ContentServicePublish => PropertyValidationContext.Empty();
}
