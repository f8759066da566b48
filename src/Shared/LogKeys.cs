using System.Text;
using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// The keys of a logged line: the fields StepLog writes itself, and the key a [Log] parameter or a result element gets.
/// Compiled into both the generator (which writes the keys) and the analyzers (SL0011, which checks them), so that the
/// two never disagree.
/// </summary>
internal static class LogKeys
{
    /// <summary>
    /// The fields StepLog writes on every line or in its structured state, and may write (the operation's id, the trace
    /// and span it runs in, its subject): a value of the user's under one of these names would replace or repeat
    /// StepLog's own.
    /// </summary>
    public static readonly string[] OnEveryLine = ["operation", "operation_id", "depth", "trace_id", "span_id", "subject"];

    /// <summary>What <c>🚀 START</c> of an operation carries: the [Log] values of an [Operation], the values of <c>Start</c>.</summary>
    public static readonly string[] OperationStart = OnEveryLine;

    /// <summary>What <c>▶️ [n/N]</c> carries: the [Log] values of a [Step], the values of <c>Step</c>.</summary>
    public static readonly string[] StepStart = [.. OnEveryLine, "step", "step_number", "total_steps"];

    /// <summary>What <c>✅ SUCCESS</c> carries: a [Step]'s result, the values of <c>Success</c>.</summary>
    public static readonly string[] StepSuccess = [.. StepStart, "status", "duration_ms"];

    /// <summary>What <c>❌ FAILED</c> carries: the values of <c>Failure</c>.</summary>
    public static readonly string[] StepFailure = [.. StepStart, "status", "error", "duration_ms"];

    /// <summary>What <c>⏭️ SKIPPED</c> carries: the values of <c>Skip</c>.</summary>
    public static readonly string[] StepSkipped = [.. StepStart, "status", "reason"];

    /// <summary>
    /// What <c>🏁 COMPLETE</c> of a <c>StepLogger</c> carries with the values of <c>Complete</c>: the status of a
    /// completed operation is the caller's to give (<c>Complete(("status", "success"))</c>); <c>Complete(exception)</c>
    /// writes its own.
    /// </summary>
    public static readonly string[] OperationComplete = [.. OnEveryLine, "total_duration_ms"];

    /// <summary>What <c>🏁 COMPLETE</c> of an [Operation] carries with its result: the wrapper writes <c>status=success</c>.</summary>
    public static readonly string[] GeneratedOperationComplete = [.. OperationComplete, "status"];

    /// <summary>The key of a [Log] parameter: the key given to [Log("key")], else the parameter's name in snake_case.</summary>
    public static string ForParameter(string parameterName, string? givenKey) =>
        givenKey is { Length: > 0 } ? givenKey : SnakeCase(parameterName);

    /// <summary>The key of a [Log] parameter, read from its attribute.</summary>
    public static string OfParameter(IParameterSymbol parameter, AttributeData log) =>
        ForParameter(parameter.Name, log.ConstructorArguments.Length == 1 ? log.ConstructorArguments[0].Value as string : null);

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
