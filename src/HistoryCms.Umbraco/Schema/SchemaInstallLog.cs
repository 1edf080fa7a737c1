using Microsoft.Extensions.Logging;

namespace HistoryCms.Umbraco.Schema;

/// <summary>Writes each installer outcome both to the report and to the log, so the two never disagree.</summary>
internal sealed class SchemaInstallLog(SchemaInstallReport report, ILogger logger)
{
    /// <summary>Gets the report being written.</summary>
    public SchemaInstallReport Report => report;

    /// <summary>Records something created.</summary>
    /// <param name="what">What, e.g. <c>data type 'History - Text'</c>.</param>
    public void Created(string what)
    {
        report.AddCreated(what);
        logger.LogInformation("HistoryCms schema: created {What}", what);
    }

    /// <summary>Records what Umbraco answered when asked to create something: created, or refused with its status.</summary>
    /// <param name="what">What, e.g. <c>data type 'History - Text'</c>.</param>
    /// <param name="succeeded">Whether Umbraco created it.</param>
    /// <param name="status">Umbraco's operation status, named in the failure.</param>
    /// <returns><paramref name="succeeded"/>.</returns>
    public bool Creation(string what, bool succeeded, object status)
    {
        if (succeeded)
        {
            Created(what);
        }
        else
        {
            Failure($"{what}: Umbraco refused to create it ({status}).");
        }

        return succeeded;
    }

    /// <summary>Records something added to an existing item.</summary>
    /// <param name="what">What changed.</param>
    public void Updated(string what)
    {
        report.AddUpdated(what);
        logger.LogInformation("HistoryCms schema: updated {What}", what);
    }

    /// <summary>Records a difference left alone on purpose.</summary>
    /// <param name="what">The difference and what was kept.</param>
    public void Warning(string what)
    {
        report.AddWarning(what);
        logger.LogWarning("HistoryCms schema: {What}", what);
    }

    /// <summary>Records something that could not be installed.</summary>
    /// <param name="what">What and why.</param>
    public void Failure(string what)
    {
        report.AddFailure(what);
        logger.LogError("HistoryCms schema: {What}", what);
    }
}
