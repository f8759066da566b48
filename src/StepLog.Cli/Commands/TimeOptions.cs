using System;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Linq;
using StepLog.Cli.Text;

namespace StepLog.Cli.Commands;

/// <summary>
/// The options whose values are times and durations, read by the option's own parser and alike in every command: the
/// same forms accepted, the same words when one is refused (a usage error, exit code 2).
/// </summary>
internal static class TimeOptions
{
    public const string TimeHelp = "a duration back from now (30m, 1h, 2d) or a date and time (2026-11-30T08:00:00Z; UTC without an offset)";

    private const string DurationHelp = "use a number and a unit, such as 250ms or 2s";

    /// <summary><c>--since TIME</c>: <paramref name="description"/>, then the forms it takes.</summary>
    public static Option<DateTimeOffset?> Since(string description) => Time("--since", description);

    /// <summary><c>--until TIME</c>, as <see cref="Since"/>.</summary>
    public static Option<DateTimeOffset?> Until(string description) => Time("--until", description);

    /// <summary>
    /// A duration (<see cref="DurationText"/>); zero is refused when <paramref name="positive"/>. Null when not given: the
    /// command's default is said in <paramref name="description"/> in the units users write, not as a TimeSpan.
    /// </summary>
    public static Option<TimeSpan?> Duration(string name, string description, bool positive = false) => new(name)
    {
        Description = description,
        HelpName = "duration",
        CustomParser = result =>
        {
            var text = result.Tokens.SingleOrDefault()?.Value;
            if (DurationText.TryParseMs(text, out var milliseconds) && (!positive || milliseconds > 0))
            {
                return TimeSpan.FromMilliseconds(milliseconds);
            }

            result.AddError($"{name}: '{SafeText.Clean(text)}' is not a {(positive ? "positive " : "")}duration; {DurationHelp}.");
            return null;
        },
    };

    private static Option<DateTimeOffset?> Time(string name, string description) => new(name)
    {
        Description = description + " " + TimeHelp + ".",
        HelpName = "TIME",
        CustomParser = result => ParseTime(result, name),
    };

    private static DateTimeOffset? ParseTime(ArgumentResult result, string name)
    {
        var text = result.Tokens.SingleOrDefault()?.Value;
        if (TimeText.TryParse(text, DateTimeOffset.UtcNow, out var moment))
        {
            return moment;
        }

        result.AddError($"{name}: '{SafeText.Clean(text)}' is neither a duration nor a date and time; use {TimeHelp}.");
        return null;
    }
}
