using Microsoft.CodeAnalysis;
using StepLog.Shared;

namespace StepLog.Analyzers;

/// <summary>
/// Every diagnostic StepLog reports. SL0001-SL0007: methods the generator cannot implement as written, defined in
/// StepLog.Shared.UsageDescriptors and reported by the generator (the code fixes here key on them). SL0008 on:
/// attributes the generator implements but whose values or logger it has to pass over. SL10xx: imperative
/// <c>StepLogger</c> code whose steps or operations can be left unfinished. SL0012 ([Subject] that names nothing) is
/// shared: the generator reports it on [Operation]/[Step] methods, an analyzer here on every other method. SL0013:
/// the health check's AddStepLog called in a project without its package.
/// </summary>
internal static class Descriptors
{
    private const string UsageCategory = UsageDescriptors.Category;
    private const string FlowCategory = "StepLog.Flow";

    public static readonly DiagnosticDescriptor NotPartialDeclaration = UsageDescriptors.NotPartialDeclaration;

    public static readonly DiagnosticDescriptor TypeNotPartial = UsageDescriptors.TypeNotPartial;

    public static readonly DiagnosticDescriptor MissingCore = UsageDescriptors.MissingCore;

    public static readonly DiagnosticDescriptor DuplicateStepNumber = UsageDescriptors.DuplicateStepNumber;

    public static readonly DiagnosticDescriptor StepNumberGap = UsageDescriptors.StepNumberGap;

    public static readonly DiagnosticDescriptor UnknownOperation = UsageDescriptors.UnknownOperation;

    public static readonly DiagnosticDescriptor UnsupportedShape = UsageDescriptors.UnsupportedShape;

    /// <summary>Reported by the generator on [Operation]/[Step] methods, and by SubjectPlacementAnalyzer on the rest.</summary>
    public static readonly DiagnosticDescriptor SubjectIgnored = UsageDescriptors.SubjectIgnored;

    public static readonly DiagnosticDescriptor SecretLogged = Rule(
        "SL0008", UsageCategory, DiagnosticSeverity.Warning,
        "[Log] on a parameter that looks secret",
        "Parameter '{0}' of '{1}' looks like a secret and [Log] would write its value to the log; remove [Log] or log something derived from it");

    public static readonly DiagnosticDescriptor LoggerNotUsed = Rule(
        "SL0009", UsageCategory, DiagnosticSeverity.Warning,
        "The type's logger is not the one the wrapper uses",
        "'{0}' logs through StepLog's default logger, not '{1}': {2}");

    public static readonly DiagnosticDescriptor ValueNotLogged = Rule(
        "SL0010", UsageCategory, DiagnosticSeverity.Warning,
        "A value marked for the log cannot be logged",
        "{0} of '{1}' is not logged: {2}");

    /// <summary>
    /// Error on [Log] parameters and Result keys; reported as a Warning on the constant keys of StepLogger calls and
    /// StepMetadata.Of, code that runs and whose key may be meant (the analyzer passes the severity).
    /// </summary>
    public static readonly DiagnosticDescriptor KeyCollision = Rule(
        "SL0011", UsageCategory, DiagnosticSeverity.Error,
        "A logged key must differ from StepLog's fields and from the other keys of its line",
        "Key '{0}' {1}; rename it, e.g. to '{2}'");

    /// <summary>
    /// AddStepLog() on health checks in a project without StepLog.HealthChecks: the compiler's own error (CS1929) names
    /// only the logging AddStepLog, which is no help.
    /// </summary>
    public static readonly DiagnosticDescriptor HealthChecksPackageMissing = Rule(
        "SL0013", UsageCategory, DiagnosticSeverity.Error,
        "StepLog's health check is in the StepLog.HealthChecks package",
        "'{0}' on health checks is StepLog's health check, in the StepLog.HealthChecks package, which this project does not reference; add the package (dotnet add package StepLog.HealthChecks). The AddStepLog the compiler names is the one for logging.");

    public static readonly DiagnosticDescriptor StepNotEnded = Rule(
        "SL1001", FlowCategory, DiagnosticSeverity.Warning,
        "Every step ends in Success, Failure or Skip",
        "Step {0} of '{1}' can reach {2} without Success, Failure or Skip; end the step on every path (Failure in a catch, Skip when its work does not run)");

    public static readonly DiagnosticDescriptor OperationNotCompleted = Rule(
        "SL1002", FlowCategory, DiagnosticSeverity.Warning,
        "Every started operation is completed",
        "Operation '{0}' can reach {1} without Complete; call Complete on every path or declare the logger with 'using'");

    public static readonly DiagnosticDescriptor OperationNotExceptionSafe = Rule(
        "SL1003", FlowCategory, DiagnosticSeverity.Info,
        "An exception can leave the operation incomplete",
        "An exception between Start and Complete leaves operation '{0}' incomplete; complete it in a finally or catch, or declare the logger with 'using'");

    public static readonly DiagnosticDescriptor StepOutOfOrder = Rule(
        "SL1004", FlowCategory, DiagnosticSeverity.Warning,
        "Step numbers run in order and within the total",
        "Step {0} {1}");

    public static readonly DiagnosticDescriptor EndWithoutStep = Rule(
        "SL1005", FlowCategory, DiagnosticSeverity.Warning,
        "Success, Failure and Skip end a step in progress, once",
        "{0} {1}");

    public static readonly DiagnosticDescriptor VagueStepName = Rule(
        "SL1006", FlowCategory, DiagnosticSeverity.Info,
        "A step's name says what it does",
        "Step name '{0}' says nothing about the work; name what the step does, e.g. \"Fetch from provider API\"");

    private static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity, string title, string message) =>
        UsageDescriptors.Rule(id, category, severity, title, message);
}
