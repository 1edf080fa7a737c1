namespace HistoryCms.Core.Search;

/// <summary>
/// A search request that cannot be answered as asked: the message is written for the person who typed the query
/// and the HTTP layer returns it as a 400 problem.
/// </summary>
public sealed class SearchQueryException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SearchQueryException()
        : this("The search request is not valid.", "q")
    {
    }

    /// <summary>Creates the exception for the query text.</summary>
    /// <param name="message">What is wrong, in words an editor understands.</param>
    public SearchQueryException(string message)
        : this(message, "q")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, in words an editor understands.</param>
    /// <param name="innerException">The underlying failure.</param>
    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException) => Parameter = "q";

    /// <summary>Creates the exception for one request parameter.</summary>
    /// <param name="message">What is wrong, in words an editor understands.</param>
    /// <param name="parameter">The request parameter at fault (<c>q</c>, <c>from</c>, <c>page</c>...).</param>
    public SearchQueryException(string message, string parameter)
        : base(message) => Parameter = parameter;

    /// <summary>The request parameter at fault (<c>q</c>, <c>from</c>, <c>page</c>...).</summary>
    public string Parameter { get; }
}
