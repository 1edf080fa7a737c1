namespace HistoryCms.Search.Querying;

/// <summary>A node of parsed query text.</summary>
internal abstract record QueryNode;

/// <summary>A word; with <see cref="Prefix"/> it was typed with a trailing <c>*</c>.</summary>
/// <param name="Text">The word as typed (without the <c>*</c>).</param>
/// <param name="Prefix">Whether it matches every word starting with it.</param>
internal sealed record WordNode(string Text, bool Prefix) : QueryNode;

/// <summary>A quoted phrase.</summary>
/// <param name="Text">The phrase as typed (without the quotes).</param>
internal sealed record PhraseNode(string Text) : QueryNode;

/// <summary>Every part must match (the default between words).</summary>
/// <param name="Parts">The parts.</param>
internal sealed record AllNode(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>At least one part must match (<c>OR</c>).</summary>
/// <param name="Parts">The parts.</param>
internal sealed record AnyNode(IReadOnlyList<QueryNode> Parts) : QueryNode;

/// <summary>The part must not match (<c>NOT</c>, <c>-</c>).</summary>
/// <param name="Part">The excluded part.</param>
internal sealed record NotNode(QueryNode Part) : QueryNode;
