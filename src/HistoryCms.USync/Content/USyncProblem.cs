namespace HistoryCms.USync.Content;

/// <summary>Something wrong in one uSync file, with where it is.</summary>
/// <param name="Path">The file's path.</param>
/// <param name="Line">The line (1-based; 0 when the file could not be read at all).</param>
/// <param name="Column">The column (1-based; 0 when unknown).</param>
/// <param name="Message">What is wrong, in words an editor understands.</param>
public sealed record USyncProblem(string Path, int Line, int Column, string Message)
{
    /// <summary>The problem as compilers print one: <c>path(line,column): message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Path}({Line},{Column}): {Message}" : $"{Path}: {Message}";
}

/// <summary>A uSync file that cannot be read; carries the file's path and the line of the problem.</summary>
public sealed class USyncFormatException : Exception
{
    /// <summary>Creates the exception for a problem.</summary>
    /// <param name="problem">What is wrong and where.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public USyncFormatException(USyncProblem problem, Exception? inner = null)
        : base(problem?.ToString(), inner)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Problem = problem;
    }

    /// <summary>Creates the exception with a message only (no file).</summary>
    public USyncFormatException()
        : this(new USyncProblem(string.Empty, 0, 0, "The uSync file cannot be read."))
    {
    }

    /// <summary>Creates the exception with a message only (no file).</summary>
    /// <param name="message">What is wrong.</param>
    public USyncFormatException(string message)
        : this(new USyncProblem(string.Empty, 0, 0, message))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (no file).</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public USyncFormatException(string message, Exception innerException)
        : this(new USyncProblem(string.Empty, 0, 0, message), innerException)
    {
    }

    /// <summary>What is wrong and where.</summary>
    public USyncProblem Problem { get; }

    /// <summary>The file's path.</summary>
    public string Path => Problem.Path;

    /// <summary>The line of the problem (1-based; 0 when unknown).</summary>
    public int Line => Problem.Line;
}
