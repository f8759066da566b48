using System.Text;
using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>The keys values are logged under: a [Log] parameter's, a named tuple element's.</summary>
internal static class LogKeys
{
    /// <summary>The key of a [Log] parameter: the attribute's non-empty key, else the snake_case of its name.</summary>
    public static string OfParameter(IParameterSymbol parameter, AttributeData log) =>
        log.ConstructorArguments.Length == 1 && log.ConstructorArguments[0].Value is string given && given.Length > 0
            ? given
            : SnakeCase(parameter.Name);

    /// <summary>rawCount -> raw_count, HTTPStatus -> http_status, url2Fetch -> url2_fetch.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = previous != '_' && (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next)));
                if (startsWord)
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
