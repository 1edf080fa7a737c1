using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace HistoryCms.Web.HistoryApi;

/// <summary>The problem+json results of the package's APIs.</summary>
public static class ProblemResults
{
    /// <summary>A 400 naming the bad part of a request.</summary>
    /// <param name="detail">What is wrong.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    /// <summary>A 404 saying what was not found.</summary>
    /// <param name="detail">What was looked for.</param>
    /// <returns>The result.</returns>
    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
