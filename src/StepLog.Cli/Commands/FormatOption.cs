using System;
using System.CommandLine;
using System.Linq;
using StepLog.Cli.Text;

namespace StepLog.Cli.Commands;

/// <summary>
/// <c>-f, --format</c> in every command: the command's formats as an enum whose first member is the default, written
/// and accepted in lower case (any case is read), and one message naming them when a value is refused.
/// </summary>
internal static class FormatOption
{
    public static Option<TFormat> Create<TFormat>(string description)
        where TFormat : struct, Enum
    {
        var names = Enum.GetNames<TFormat>().Select(name => name.ToLowerInvariant()).ToArray();
        return new Option<TFormat>("--format", "-f")
        {
            Description = description + " " + names[0] + " unless given.",
            HelpName = string.Join('|', names),
            CustomParser = result =>
            {
                var text = result.Tokens.SingleOrDefault()?.Value;
                if (Enum.TryParse<TFormat>(text, ignoreCase: true, out var format) && Enum.IsDefined(format) && !int.TryParse(text, out _))
                {
                    return format;
                }

                result.AddError($"--format: '{SafeText.Clean(text)}' is not one of {string.Join(", ", names)}.");
                return default;
            },
        };
    }
}
