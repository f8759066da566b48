using System.Globalization;
using System.Text;

namespace StepLog.Benchmarks.CompileTime;

/// <summary>
/// Generated source code for the compile-time cases: <see cref="TypeCount"/> types of <see cref="MethodsPerType"/>
/// methods (1,000 in all), one file per type, written the way users write each kind of code. An "edit" changes the
/// body of one method in one type, which is what a developer's keystroke does.
/// </summary>
public static class Corpus
{
    public const int TypeCount = 100;
    public const int MethodsPerType = 10;

    /// <summary>The type whose method body the edit changes.</summary>
    public const int EditedType = TypeCount / 2;

    /// <summary>The method whose body the edit changes.</summary>
    public const int EditedMethod = 5;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>[Step] partial methods with their Core bodies: int, Task&lt;int&gt; and ValueTask&lt;int&gt; results.</summary>
    public static string StepType(int type, bool edited = false)
    {
        var source = Header(type, "Corpus.Steps", "StepLog");
        source.AppendLine(Invariant, $"public partial class Service{type}");
        source.AppendLine("{");
        source.AppendLine("    private readonly ILogger _logger;");
        source.AppendLine();
        source.AppendLine(Invariant, $"    public Service{type}(ILogger logger) => _logger = logger;");
        for (var m = 1; m <= MethodsPerType; m++)
        {
            var (returnType, wrap) = Shape(m);
            source.AppendLine();
            source.AppendLine(Invariant, $"    [Step({m}, \"Fetch batch {m} of service {type}\", Result = \"count\")]");
            source.AppendLine(Invariant, $"    public partial {returnType} Fetch{m}([Log] string provider);");
            source.AppendLine();
            source.AppendLine(Invariant, $"    private {returnType} Fetch{m}Core(string provider) => {wrap(Body(type, m, edited))};");
        }

        source.AppendLine("}");
        return source.ToString();
    }

    /// <summary>The [LoggerMessage] equivalent: one log method per step on the type's logger field, and the method that calls it.</summary>
    public static string LoggerMessageType(int type, bool edited = false)
    {
        var source = Header(type, "Corpus.LoggerMessages", null);
        source.AppendLine(Invariant, $"public partial class Service{type}");
        source.AppendLine("{");
        source.AppendLine("    private readonly ILogger _logger;");
        source.AppendLine();
        source.AppendLine(Invariant, $"    public Service{type}(ILogger logger) => _logger = logger;");
        for (var m = 1; m <= MethodsPerType; m++)
        {
            var (returnType, wrap) = Shape(m);
            source.AppendLine();
            source.AppendLine(Invariant, $"    [LoggerMessage(EventId = {m}, Level = LogLevel.Information, Message = \"Fetch batch {m} of service {type} (provider={{Provider}})\")]");
            source.AppendLine(Invariant, $"    private partial void LogFetch{m}(string provider);");
            source.AppendLine();
            source.AppendLine(Invariant, $"    public {returnType} Fetch{m}(string provider)");
            source.AppendLine("    {");
            source.AppendLine(Invariant, $"        LogFetch{m}(provider);");
            source.AppendLine(Invariant, $"        return {wrap(Body(type, m, edited))};");
            source.AppendLine("    }");
        }

        source.AppendLine("}");
        return source.ToString();
    }

    /// <summary>
    /// Imperative StepLogger code in the seeds' shapes, written correctly (no diagnostic expected): steps with
    /// error handling, a skip on an early path, async steps.
    /// </summary>
    public static string StepLoggerType(int type)
    {
        var source = Header(type, "Corpus.Imperative", "StepLog");
        source.AppendLine(Invariant, $"public class Service{type}");
        source.AppendLine("{");
        source.AppendLine("    private readonly ILogger _logger;");
        source.AppendLine();
        source.AppendLine(Invariant, $"    public Service{type}(ILogger logger) => _logger = logger;");
        for (var m = 1; m <= MethodsPerType; m++)
        {
            var isAsync = m % 3 == 0;
            source.AppendLine();
            source.AppendLine(isAsync
                ? $"    public async Task<int> Sync{m}Async(string provider)"
                : $"    public int Sync{m}(string provider)");
            source.AppendLine("    {");
            source.AppendLine(Invariant, $"        using var operation = new StepLogger(_logger, \"Sync {m} of service {type}\", totalSteps: 2);");
            source.AppendLine("        operation.Start((\"provider\", provider));");
            source.AppendLine(Invariant, $"        operation.Step(1, \"Fetch batch {m}\", (\"provider\", provider));");
            source.AppendLine("        int count;");
            source.AppendLine("        try");
            source.AppendLine("        {");
            source.AppendLine(isAsync ? "            count = await FetchAsync(provider);" : "            count = Fetch(provider);");
            source.AppendLine("            operation.Success((\"count\", count));");
            source.AppendLine("        }");
            source.AppendLine("        catch (Exception error)");
            source.AppendLine("        {");
            source.AppendLine("            operation.Failure(error);");
            source.AppendLine("            operation.Complete(error);");
            source.AppendLine("            throw;");
            source.AppendLine("        }");
            source.AppendLine();
            source.AppendLine(Invariant, $"        operation.Step(2, \"Store batch {m}\");");
            source.AppendLine("        if (count == 0)");
            source.AppendLine("        {");
            source.AppendLine("            operation.Skip(\"nothing to store\");");
            source.AppendLine("        }");
            source.AppendLine("        else");
            source.AppendLine("        {");
            source.AppendLine("            Store(count);");
            source.AppendLine("            operation.Success((\"stored\", count));");
            source.AppendLine("        }");
            source.AppendLine();
            source.AppendLine("        operation.Complete((\"total\", count));");
            source.AppendLine("        return count;");
            source.AppendLine("    }");
        }

        source.AppendLine();
        source.AppendLine("    private static int Fetch(string provider) => provider.Length;");
        source.AppendLine();
        source.AppendLine("    private static async Task<int> FetchAsync(string provider)");
        source.AppendLine("    {");
        source.AppendLine("        await Task.Yield();");
        source.AppendLine("        return provider.Length;");
        source.AppendLine("    }");
        source.AppendLine();
        source.AppendLine("    private static void Store(int count) => GC.KeepAlive(count);");
        source.AppendLine("}");
        return source.ToString();
    }

    private static StringBuilder Header(int type, string ns, string? extraUsing)
    {
        var source = new StringBuilder();
        source.AppendLine("using System;");
        source.AppendLine("using System.Threading.Tasks;");
        source.AppendLine("using Microsoft.Extensions.Logging;");
        if (extraUsing is not null)
        {
            source.AppendLine(Invariant, $"using {extraUsing};");
        }

        source.AppendLine();
        source.AppendLine(Invariant, $"namespace {ns}.Group{type % 10};");
        source.AppendLine();
        return source;
    }

    // Methods 1-6 return int, 7-8 Task<int>, 9-10 ValueTask<int>: the shapes a service mixes.
    private static (string ReturnType, Func<string, string> Wrap) Shape(int method) => method switch
    {
        <= 6 => ("int", body => body),
        <= 8 => ("Task<int>", body => $"Task.FromResult({body})"),
        _ => ("ValueTask<int>", body => $"new ValueTask<int>({body})"),
    };

    private static string Body(int type, int method, bool edited) =>
        edited && type == EditedType && method == EditedMethod
            ? $"provider.Length * 2 + {method}"
            : $"provider.Length + {method}";
}
