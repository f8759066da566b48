using System.Text.RegularExpressions;

namespace StepLog.Cli.Query;

/// <summary>A name pattern as <c>--operation</c> and <c>--step</c> take it: <c>*</c> any text, <c>?</c> one character, case-insensitive, the whole name.</summary>
internal sealed class NamePattern
{
    private readonly Regex _regex;

    public NamePattern(string pattern) =>
        _regex = new Regex(
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", System.StringComparison.Ordinal).Replace("\\?", ".", System.StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public bool Matches(string? name) => name is not null && _regex.IsMatch(name);
}
