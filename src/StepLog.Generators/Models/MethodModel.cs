using StepLog.Shared;

namespace StepLog.Generators.Models;

/// <summary>
/// Everything the emitter needs to write one [Operation] or [Step] method, as plain strings and numbers: no symbol or
/// syntax survives the parser, so that equal models let the pipeline skip emission.
/// </summary>
/// <param name="IsOperation">True for [Operation], false for [Step].</param>
/// <param name="DisplayName">The operation's or step's name as logged.</param>
/// <param name="OperationName">The name of the step's operation (for a step), or the operation's own name.</param>
/// <param name="Number">The step's number; 0 for an operation.</param>
/// <param name="TotalSteps">N: the number of steps of the operation.</param>
/// <param name="Level">The level of the lines as an expression, e.g. "global::Microsoft.Extensions.Logging.LogLevel.Information".</param>
/// <param name="Modifiers">The declaration's modifiers as written (e.g. "public static partial").</param>
/// <param name="ReturnType">The return type, fully qualified, with nullable annotations.</param>
/// <param name="Shape">How the method returns.</param>
/// <param name="ResultType">The type of the result (T of Task&lt;T&gt;, or the return type); empty when there is none.</param>
/// <param name="Name">The method's name, escaped.</param>
/// <param name="TypeParameters">The method's type parameter list, e.g. "&lt;T&gt;", or empty.</param>
/// <param name="Constraints">The method's constraint clauses, e.g. "where T : class".</param>
/// <param name="Parameters">The parameters, in order.</param>
/// <param name="StartMetadata">The [Log] parameters, logged on the start line.</param>
/// <param name="ResultMetadata">The values logged on the success line, as expressions of the local <c>__result</c>.</param>
/// <param name="LoggerExpression">The expression of the logger to use; null for the type's default logger.</param>
/// <param name="CapturedLogger">The primary-constructor parameter that <paramref name="LoggerExpression"/> reads through a
/// generated property, or null.</param>
/// <param name="CoreReceiver">What qualifies the call of the body: "this." or the type's global:: name and a dot, so that
/// no parameter of the same name can capture the call.</param>
/// <param name="Body">What to write: the logging wrapper, or (for a method a reported error rejects) a bare call of XCore or a stub.</param>
/// <param name="RefReturn">"ref " or "ref readonly " for a method that returns by reference (never logged); else empty.</param>
/// <param name="StubMessage">For a stub: the message of the exception it throws, which names the error to fix.</param>
/// <param name="SubjectParameter">The name (escaped) of an operation's [Subject] parameter; null when it has none.</param>
internal sealed record MethodModel(
    bool IsOperation,
    string DisplayName,
    string OperationName,
    int Number,
    int TotalSteps,
    string Level,
    string Modifiers,
    string ReturnType,
    ReturnShape Shape,
    string ResultType,
    string Name,
    string TypeParameters,
    EquatableArray<string> Constraints,
    EquatableArray<ParameterModel> Parameters,
    EquatableArray<MetadataValue> StartMetadata,
    EquatableArray<MetadataValue> ResultMetadata,
    string? LoggerExpression,
    CapturedLogger? CapturedLogger,
    string CoreReceiver,
    Implementation Body = Implementation.Logged,
    string RefReturn = "",
    string StubMessage = "",
    string? SubjectParameter = null)
{
    /// <summary>Whether the method logs: only such methods get a definition and may need the default logger.</summary>
    public bool IsLogged => Body == Implementation.Logged;
}

/// <summary>
/// A primary-constructor logger. Generated code reads it through a property of the type, because a parameter of the
/// wrapped method with the same name would hide it, and a primary-constructor parameter has no qualified form.
/// </summary>
/// <param name="Type">The parameter's type, fully qualified.</param>
/// <param name="ParameterName">The parameter's name, escaped.</param>
internal sealed record CapturedLogger(string Type, string ParameterName)
{
    /// <summary>The generated property that reads the parameter.</summary>
    public const string PropertyName = "__stepLogLogger";
}

/// <summary>One parameter of a wrapped method.</summary>
/// <param name="Modifiers">Its modifiers as written, with a trailing space (e.g. "ref readonly "), or empty.</param>
/// <param name="Type">Its type, fully qualified.</param>
/// <param name="Name">Its name, escaped.</param>
/// <param name="ArgumentPrefix">What passes it on to the body: "ref ", "out ", "in " or empty.</param>
internal sealed record ParameterModel(string Modifiers, string Type, string Name, string ArgumentPrefix);

/// <summary>One value on a line.</summary>
/// <param name="Key">The key it is logged under.</param>
/// <param name="Expression">The expression that reads it.</param>
/// <param name="Type">The expression's type.</param>
/// <param name="CountMember">"Count" or "Length" when the collection's count is logged instead of the value; else null.</param>
/// <param name="IsReference">Whether the logged value is of a reference type (a type parameter counts as not; a counted
/// collection's value is its count).</param>
internal sealed record MetadataValue(string Key, string Expression, string Type, string? CountMember, bool IsReference);
