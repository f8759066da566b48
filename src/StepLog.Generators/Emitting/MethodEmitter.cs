using System.Linq;
using StepLog.Generators.Models;
using StepLog.Generators.Parsing;
using StepLog.Shared;

namespace StepLog.Generators.Emitting;

/// <summary>
/// Writes one wrapper: start line, call of XCore, success or failure. A task that completed synchronously is logged
/// and returned as it is (no state machine); a pending one is awaited by a local static async helper.
/// </summary>
internal static class MethodEmitter
{
    private const string Exception = "global::System.Exception";
    private const string StackTraceHidden = "[global::System.Diagnostics.StackTraceHidden]";

    public static void Write(CodeWriter writer, MethodModel method, MemberNames names, ConsumerFeatureSet features)
    {
        if (!method.IsLogged)
        {
            UnloggedEmitter.Write(writer, method);
            return;
        }

        var definitionField = names.Definition;
        var scope = method.IsOperation ? "__operation" : "__step";
        var scopeType = method.IsOperation ? "global::StepLog.Generated.GeneratedOperation" : "global::StepLog.Generated.GeneratedStep";
        var isSynchronous = method.Shape is ReturnShape.Void or ReturnShape.Value;

        // A synchronous operation is ambient on its thread for the call (no flow, no allocation), an async one in its flow.
        var begin = !method.IsOperation ? "Begin" : isSynchronous ? "StartOnThread" : "Start";
        var logger = method.LoggerExpression ?? SourceEmitter.DefaultLoggerField;
        var startExpression = method.StartMetadata.Count == 0
            ? string.Empty
            : MetadataEmitter.Create(method.StartMetadata, names.StartValues, method.TypeParameters);
        var startMetadata = startExpression.Length == 0 ? string.Empty : ", " + startExpression;
        var parameters = string.Join(", ", method.Parameters.Select(p => $"{p.Modifiers}{p.Type} {p.Name}"));
        var arguments = string.Join(", ", method.Parameters.Select(p => p.ArgumentPrefix + p.Name));
        var call = $"{method.CoreReceiver}{method.Name.TrimStart('@')}Core{method.TypeParameters}({arguments})";

        WriteAttributes(writer, features);
        writer.Open($"{method.Modifiers} {method.ReturnType} {method.Name}{method.TypeParameters}({parameters})", method.Constraints);

        // A disabled level costs one check and the bare call: no scope, no metadata. The check is inlined, with the level
        // as a constant (nothing loaded for it); a logger whose IsEnabled throws lands in the cold handler, never in the
        // user's code.
        writer.Line($"global::StepLog.Generated.StepOutputs __outputs;");
        writer.Open("try");
        writer.Line($"__outputs = {scopeType}.Outputs({logger}, {method.Level});");
        writer.Close();
        writer.Open($"catch ({Exception} __fault)");
        writer.Line($"__outputs = {scopeType}.Disabled(__fault);");
        writer.Close();
        writer.Line();
        writer.Open("if (__outputs.IsNone)");
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
        WriteAttributes(writer, features);
        writer.Open($"{LoggedModifiers(method.Modifiers)} {method.ReturnType} {names.Logged}{method.TypeParameters}(global::StepLog.Generated.StepOutputs __outputs{(loggedParameters.Length == 0 ? string.Empty : ", " + loggedParameters)})", method.Constraints);

        // The subject's text is made only for a call that records: a logged-only call must not pay for it.
        var subject = method.SubjectParameter is null
            ? string.Empty
            : $", subject: __outputs.IsRecorded ? {scopeType}.SubjectOf({method.SubjectParameter}) : null";
        writer.Line($"var {scope} = {scopeType}.{begin}({logger}, {definitionField}, __outputs{startMetadata}{subject});");
        if (isSynchronous)
        {
            WriteSynchronous(writer, method, names, scope, call);
        }
        else
        {
            WriteAsynchronous(writer, method, names, scope, call);
        }

        writer.Close();
        if (!isSynchronous)
        {
            WriteAwaitingHelper(writer, method, names, scopeType, features);
        }

        WriteValueStruct(writer, method, names.StartValues, method.StartMetadata);
        WriteValueStruct(writer, method, names.ResultValues, method.ResultMetadata);
    }

    /// <summary>
    /// The attributes of a generated method: [GeneratedCode], and [StackTraceHidden] where the consumer's runtime has it,
    /// so that a failure's stack trace shows the user's methods (the caller, XCore), not the wrappers around them.
    /// </summary>
    private static void WriteAttributes(CodeWriter writer, ConsumerFeatureSet features)
    {
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        if (features.HideFrames)
        {
            writer.Line(StackTraceHidden);
        }
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

        WriteGuardedCall(writer, scope, (returnsValue ? "__result = " : string.Empty) + call + ";", method.IsOperation ? $"{scope}.LeaveThread();" : null);
        writer.Line();
        WriteSucceed(writer, method, names, scope);
        if (returnsValue)
        {
            writer.Line("return __result;");
        }
    }

    private static void WriteAsynchronous(CodeWriter writer, MethodModel method, MemberNames names, string scope, string call)
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
            writer.Open($"if ({scope}.IsRecording)");
            writer.Line("var __result = __task.Result;");
            WriteSucceedCall(writer, method, names, scope);
            if (isValueTask)
            {
                // A ValueTask may be consumed once: the result read above goes back in a new one.
                writer.Line($"return new {method.ReturnType}(__result);");
            }

            writer.Close();
            writer.Open("else");
            writer.Line($"{scope}.Succeed();");
            writer.Close();
            writer.Line();
        }

        writer.Line("return __task;");
        writer.Close();
        writer.Line();

        // Still running: await in a helper, which captures the context of the call (its span and operation) for its last
        // line, then give the caller its own context back.
        writer.Line($"var __pending = {names.Awaiting}{method.TypeParameters}(__task, {scope});");
        writer.Line($"{scope}.ExitContext();");
        writer.Line("return __pending;");
    }

    /// <summary>
    /// The helper that awaits a pending task and logs its end. An overload of the user's method (when its name is not
    /// overloaded already), because an async method's frame stays in a failure's stack trace even with
    /// [StackTraceHidden]: there it reads as the method the user called, <c>FetchAsync(Task`1 task, GeneratedStep step)</c>.
    /// </summary>
    private static void WriteAwaitingHelper(CodeWriter writer, MethodModel method, MemberNames names, string scopeType, ConsumerFeatureSet features)
    {
        var isValueTask = method.Shape is ReturnShape.ValueTask or ReturnShape.ValueTaskOfT;
        var hasResult = method.Shape is ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT;
        var scope = method.IsOperation ? "operation" : "step";
        writer.Line();
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        if (isValueTask && features.PoolValueTasks)
        {
            var builder = hasResult ? "PoolingAsyncValueTaskMethodBuilder<>" : "PoolingAsyncValueTaskMethodBuilder";
            writer.Line($"[global::System.Runtime.CompilerServices.AsyncMethodBuilder(typeof(global::System.Runtime.CompilerServices.{builder}))]");
        }

        writer.Open($"private static async {method.ReturnType} {names.Awaiting}{method.TypeParameters}({method.ReturnType} task, {scopeType} {scope})", method.Constraints);
        if (hasResult)
        {
            writer.Line($"{method.ResultType} __result;");
        }

        WriteAwaitedCall(writer, scope, (hasResult ? "__result = " : string.Empty) + "await task.ConfigureAwait(false);");
        writer.Line();
        WriteSucceed(writer, method, names, scope);
        if (hasResult)
        {
            writer.Line("return __result;");
        }

        writer.Close();
    }

    /// <summary>
    /// The call inside try. A failure is never caught: a filter keeps the exception (and answers false) and
    /// <c>finally</c> logs it, so that the caller gets the same object with its stack trace untouched, and the text a
    /// sink receives shows the user's frames (see GeneratedFailure in the runtime). <paramref name="finally"/>, if any,
    /// runs after, however the call ends.
    /// </summary>
    private static void WriteGuardedCall(CodeWriter writer, string scope, string statement, string? @finally = null)
    {
        writer.Line($"{Exception}? __failure = null;");
        writer.Open("try");
        writer.Line(statement);
        writer.Close();
        writer.Open($"catch ({Exception} __exception) when (global::StepLog.Generated.GeneratedFailure.Keep(__exception, out __failure))");
        writer.Line("throw;");
        writer.Close();
        writer.Open("finally");
        writer.Open("if (__failure is not null)");
        writer.Line($"{scope}.Fail(__failure);");
        writer.Close();
        if (@finally is not null)
        {
            writer.Line();
            writer.Line(@finally);
        }

        writer.Close();
    }

    /// <summary>
    /// The await of a pending task inside try: a failure is logged and rethrown with <c>throw;</c>, the same object and
    /// stack trace. In an async method the frame that catches is the helper's own either way (the state machine catches
    /// what its body throws), so the text a sink receives is the same as with <see cref="WriteGuardedCall"/>, whose
    /// <c>finally</c> around an <c>await</c> would make every pending call's state machine bigger.
    /// </summary>
    private static void WriteAwaitedCall(CodeWriter writer, string scope, string statement)
    {
        writer.Open("try");
        writer.Line(statement);
        writer.Close();
        writer.Open($"catch ({Exception} __exception)");
        writer.Line($"{scope}.Fail(__exception);");
        writer.Line("throw;");
        writer.Close();
    }

    /// <summary>
    /// Success; result values are read only when the line or the span wants them. Succeed runs either way: it also ends
    /// the span and gives the ambient operation back.
    /// </summary>
    private static void WriteSucceed(CodeWriter writer, MethodModel method, MemberNames names, string scope)
    {
        if (method.ResultMetadata.Count == 0)
        {
            writer.Line($"{scope}.Succeed();");
            return;
        }

        writer.Open($"if ({scope}.IsRecording)");
        WriteSucceedCall(writer, method, names, scope);
        writer.Close();
        writer.Open("else");
        writer.Line($"{scope}.Succeed();");
        writer.Close();
        if (method.Shape != ReturnShape.Void)
        {
            writer.Line();
        }
    }

    private static void WriteSucceedCall(CodeWriter writer, MethodModel method, MemberNames names, string scope)
    {
        var expression = MetadataEmitter.Create(method.ResultMetadata, names.ResultValues, method.TypeParameters);
        writer.Line($"{scope}.Succeed({expression});");
    }
}
