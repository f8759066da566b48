using System.Text;
using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// The key a [Log] parameter or a result element gets (the fields StepLog writes itself are <see cref="LineKeyRules"/>'s).
/// Compiled into both the generator (which writes the keys) and the analyzers (SL0011, which checks them), so that the
/// two never disagree.
/// </summary>
internal static class LogKeys
{
    /// <summary>The key of a [Log] parameter: the key given to [Log("key")], else the parameter's name in snake_case.</summary>
    public static string ForParameter(string parameterName, string? givenKey) =>
        givenKey is { Length: > 0 } ? givenKey : SnakeCase(parameterName);

    /// <summary>The key of a [Log] parameter, read from its attribute.</summary>
    public static string OfParameter(IParameterSymbol parameter, AttributeData log) => ForParameter(parameter.Name, GivenKey(log));

    /// <summary>The key given to <c>[Log("key")]</c>; null for a bare <c>[Log]</c>.</summary>
    public static string? GivenKey(AttributeData log) =>
        log.ConstructorArguments.Length == 1 ? log.ConstructorArguments[0].Value as string : null;

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
