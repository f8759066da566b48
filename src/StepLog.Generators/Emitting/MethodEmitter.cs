using System.Linq;
using StepLog.Generators.Models;
using StepLog.Shared;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes one wrapper: start line, call of XCore, success or failure. A task that completed synchronously is logged
/// and returned as it is (no state machine); a pending one is awaited by a local static async helper.
/// </summary>
internal static class MethodEmitter
{
    private const string Exception = "global::System.Exception";

    public static void Write(CodeWriter writer, MethodModel method, MemberNames names, bool poolValueTasks)
    {
        if (!method.IsLogged)
        {
            UnloggedEmitter.Write(writer, method);
            return;
        }

        var definitionField = names.Definition;
        var scope = method.IsOperation ? "__operation" : "__step";
        var scopeType = method.IsOperation ? "global::StepLog.Generated.GeneratedOperation" : "global::StepLog.Generated.GeneratedStep";
        var begin = method.IsOperation ? "Start" : "Begin";
        var logger = method.LoggerExpression ?? SourceEmitter.DefaultLoggerField;
        var (startStatements, startExpression) = method.StartMetadata.Count == 0
            ? (System.Array.Empty<string>(), string.Empty)
            : MetadataEmitter.Create(method.StartMetadata, "__logged", names.StartValues, method.TypeParameters);
        var startMetadata = startExpression.Length == 0 ? string.Empty : ", " + startExpression;
        var parameters = string.Join(", ", method.Parameters.Select(p => $"{p.Modifiers}{p.Type} {p.Name}"));
        var arguments = string.Join(", ", method.Parameters.Select(p => p.ArgumentPrefix + p.Name));
        var call = $"{method.Name.TrimStart('@')}Core{method.TypeParameters}({arguments})";

        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Line($"{method.Modifiers} {method.ReturnType} {method.Name}{method.TypeParameters}({parameters})");
        foreach (var constraint in method.Constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.Line("{");
        writer.Indent();

        // A disabled level costs one check and the bare call: no scope, no try, no metadata.
        writer.Line($"var __outputs = {scopeType}.Outputs({logger}, {definitionField});");
        writer.Open("if (__outputs == global::StepLog.Generated.StepOutputs.None)");
        WriteReturn(writer, method, call);
        writer.Close();
        writer.Line();
        WriteReturn(writer, method, $"{names.Logged}{method.TypeParameters}(__outputs{(arguments.Length == 0 ? string.Empty : ", " + arguments)})");
        writer.Close();
        writer.Line();

        // The logged path is a method of its own, so that the path above keeps a small frame: the scope, the try and
        // the task locals below would otherwise be zeroed on every call, logged or not. A method of the type, not a
        // local function, because local functions in structs cannot use 'this'.
        var loggedParameters = string.Join(", ", method.Parameters.Select(p => $"{WithoutThis(p.Modifiers)}{p.Type} {p.Name}"));
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Line($"{LoggedModifiers(method.Modifiers)} {method.ReturnType} {names.Logged}{method.TypeParameters}(global::StepLog.Generated.StepOutputs __outputs{(loggedParameters.Length == 0 ? string.Empty : ", " + loggedParameters)})");
        foreach (var constraint in method.Constraints)
        {
            writer.Line("    " + constraint);
        }

        writer.Line("{");
        writer.Indent();
        foreach (var statement in startStatements)
        {
            writer.Line(statement);
        }

        writer.Line($"var {scope} = {scopeType}.{begin}({logger}, {definitionField}, __outputs{startMetadata});");
        if (method.Shape is ReturnShape.Void or ReturnShape.Value)
        {
            WriteSynchronous(writer, method, names, scope, call);
        }
        else
        {
            WriteAsynchronous(writer, method, names, scope, scopeType, call, poolValueTasks);
        }

        writer.Close();
        WriteValueStruct(writer, method, names.StartValues, method.StartMetadata);
        WriteValueStruct(writer, method, names.ResultValues, method.ResultMetadata);
    }

    private static void WriteReturn(CodeWriter writer, MethodModel method, string call)
    {
        if (method.Shape == ReturnShape.Void)
        {
            writer.Line(call + ";");
            writer.Line("return;");
        }
        else
        {
            writer.Line("return " + call + ";");
        }
    }

    /// <summary>The logged path is private; it keeps only what changes how it may be called or what it may touch.</summary>
    private static string LoggedModifiers(string modifiers) =>
        string.Concat(modifiers.Split(' ').Where(m => m is "static" or "readonly" or "unsafe").Select(m => " " + m)).Insert(0, "private");

    /// <summary>An extension method's <c>this</c> stays on the wrapper; the logged path takes a plain parameter.</summary>
    private static string WithoutThis(string modifiers) =>
        string.Concat(modifiers.Split(' ').Where(m => m.Length > 0 && m != "this").Select(m => m + " "));

    private static void WriteValueStruct(CodeWriter writer, MethodModel method, string name, EquatableArray<MetadataValue> values)
    {
        if (MetadataEmitter.NeedsOwnStruct(values))
        {
            writer.Line();
            MetadataEmitter.WriteStruct(writer, method, name, values);
        }
    }

    private static void WriteSynchronous(CodeWriter writer, MethodModel method, MemberNames names, string scope, string call)
    {
        var returnsValue = method.Shape == ReturnShape.Value;
        if (returnsValue)
        {
            writer.Line($"{method.ReturnType} __result;");
        }

        WriteGuardedCall(writer, scope, (returnsValue ? "__result = " : string.Empty) + call + ";");
        writer.Line();
        WriteSucceed(writer, method, names, scope);
        if (returnsValue)
        {
            writer.Line("return __result;");
        }
    }

    private static void WriteAsynchronous(CodeWriter writer, MethodModel method, MemberNames names, string scope, string scopeType, string call, bool poolValueTasks)
    {
        var isValueTask = method.Shape is ReturnShape.ValueTask or ReturnShape.ValueTaskOfT;
        var hasResult = method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        writer.Line($"{method.ReturnType} __task;");
        WriteGuardedCall(writer, scope, $"__task = {call};");
        writer.Line();

        // Completed already: log and hand the same task back, without any state machine.
        writer.Open(isValueTask ? "if (__task.IsCompletedSuccessfully)" : "if (__task.Status == global::System.Threading.Tasks.TaskStatus.RanToCompletion)");
        if (method.ResultMetadata.Count == 0)
        {
            writer.Line($"{scope}.Succeed();");
        }
        else
        {
            writer.Open($"if ({scope}.IsLogging)");
            writer.Line("var __result = __task.Result;");
            WriteSucceedCall(writer, method, names, scope);
            if (isValueTask)
            {
                // A ValueTask may be consumed once: the result read above goes back in a new one.
                writer.Line($"return new {method.ReturnType}(__result);");
            }

            writer.Close();
            writer.Line();
        }

        writer.Line("return __task;");
        writer.Close();
        writer.Line();

        // Still running: give the caller its ambient context back and await in a helper.
        writer.Line($"{scope}.ExitContext();");
        writer.Line($"return __AwaitCompletion(__task, {scope});");
        writer.Line();
        if (isValueTask && poolValueTasks)
        {
            var builder = hasResult ? "PoolingAsyncValueTaskMethodBuilder<>" : "PoolingAsyncValueTaskMethodBuilder";
            writer.Line($"[global::System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(global::System.Runtime.CompilerServices.{builder}))]");
        }

        writer.Open($"static async {method.ReturnType} __AwaitCompletion({method.ReturnType} __task, {scopeType} {scope})");
        if (hasResult)
        {
            writer.Line($"{method.ResultType} __result;");
        }

        WriteGuardedCall(writer, scope, (hasResult ? "__result = " : string.Empty) + "await __task.ConfigureAwait(false);");
        writer.Line();
        WriteSucceed(writer, method, names, scope);
        if (hasResult)
        {
            writer.Line("return __result;");
        }

        writer.Close();
    }

    /// <summary>The call inside try: a failure is logged and rethrown with <c>throw;</c>, the same object and stack trace.</summary>
    private static void WriteGuardedCall(CodeWriter writer, string scope, string statement)
    {
        writer.Open("try");
        writer.Line(statement);
        writer.Close();
        writer.Open($"catch ({Exception} __exception)");
        writer.Line($"{scope}.Fail(__exception);");
        writer.Line("throw;");
        writer.Close();
    }

    /// <summary>Success; result values are read only when the line is written (a disabled level costs the check only).</summary>
    private static void WriteSucceed(CodeWriter writer, MethodModel method, MemberNames names, string scope)
    {
        if (method.ResultMetadata.Count == 0)
        {
            writer.Line($"{scope}.Succeed();");
            return;
        }

        writer.Open($"if ({scope}.IsLogging)");
        WriteSucceedCall(writer, method, names, scope);
        writer.Close();
        if (method.Shape != ReturnShape.Void)
        {
            writer.Line();
        }
    }

    private static void WriteSucceedCall(CodeWriter writer, MethodModel method, MemberNames names, string scope)
    {
        var (statements, expression) = MetadataEmitter.Create(method.ResultMetadata, "__counted", names.ResultValues, method.TypeParameters);
        foreach (var statement in statements)
        {
            writer.Line(statement);
        }

        writer.Line($"{scope}.Succeed({expression});");
    }
}
