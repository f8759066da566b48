using Microsoft.CodeAnalysis;

namespace StepLog.Shared;

/// <summary>
/// The rules on [Operation]/[Step] methods, SL0001-SL0007 and SL0012. The generator reports them (the build shows them
/// even when the compilation has errors, which stop analyzers); the analyzers' code fixes key on the same IDs, and
/// report SL0012 on the methods the generator never sees.
/// </summary>
internal static class UsageDescriptors
{
    public const string Category = "StepLog.Usage";
    public const string HelpBase = "https://github.com/steplog/StepLog/blob/main/docs/rules/";

    public static readonly DiagnosticDescriptor NotPartialDeclaration = Rule(
        "SL0001", DiagnosticSeverity.Error,
        "[Operation] and [Step] go on partial method declarations without a body",
        "'{0}' has [{1}] but {2}");

    public static readonly DiagnosticDescriptor TypeNotPartial = Rule(
        "SL0002", DiagnosticSeverity.Error,
        "The type of a StepLog method must be partial",
        "'{0}' has [{1}] but its containing type '{2}' is not partial; add 'partial' to '{2}'");

    // {2} says what to do: "add 'XCore' to 'T'" or, when a method of a near name matches, "rename 'XAsyncCore', which has them, to 'XCore'".
    public static readonly DiagnosticDescriptor MissingCore = Rule(
        "SL0003", DiagnosticSeverity.Error,
        "A StepLog method needs its body method 'XCore'",
        "'{0}' has no body method '{1}' with the same parameters and return type; {2}");

    public static readonly DiagnosticDescriptor DuplicateStepNumber = Rule(
        "SL0004", DiagnosticSeverity.Error,
        "Two steps of one operation share a number",
        "Steps '{0}' and '{1}' of operation '{2}' are both number {3}; give each step its own number");

    public static readonly DiagnosticDescriptor StepNumberGap = Rule(
        "SL0005", DiagnosticSeverity.Warning,
        "Step numbers should run 1..N without gaps",
        "The steps of operation '{0}' are numbered {1}; number them 1 to {2} so that [n/N] counts right");

    public static readonly DiagnosticDescriptor UnknownOperation = Rule(
        "SL0006", DiagnosticSeverity.Error,
        "A step's operation must be one [Operation] method of its type",
        "Step '{0}' {1}; set Operation = nameof(...) to one of the [Operation] methods of '{2}'");

    public static readonly DiagnosticDescriptor UnsupportedShape = Rule(
        "SL0007", DiagnosticSeverity.Error,
        "StepLog does not support this method shape",
        "'{0}' cannot be generated: {1}");

    public static readonly DiagnosticDescriptor SubjectIgnored = Rule(
        "SL0012", DiagnosticSeverity.Warning,
        "[Subject] goes on one readable parameter of an [Operation] method",
        "[Subject] on parameter '{0}' of '{1}' is ignored: {2}");

    /// <summary>The descriptor of <paramref name="id"/>, for diagnostics rebuilt from their ID.</summary>
    public static DiagnosticDescriptor? ById(string id) => id switch
    {
        "SL0001" => NotPartialDeclaration,
        "SL0002" => TypeNotPartial,
        "SL0003" => MissingCore,
        "SL0004" => DuplicateStepNumber,
        "SL0005" => StepNumberGap,
        "SL0006" => UnknownOperation,
        "SL0007" => UnsupportedShape,
        "SL0012" => SubjectIgnored,
        _ => null,
    };

    /// <summary>A StepLog rule, enabled by default, whose help is its page under docs/rules (also the analyzers' rules).</summary>
    public static DiagnosticDescriptor Rule(string id, string category, DiagnosticSeverity severity, string title, string message) =>
        new(id, title, message, category, severity, isEnabledByDefault: true, helpLinkUri: HelpBase + id + ".md");

    private static DiagnosticDescriptor Rule(string id, DiagnosticSeverity severity, string title, string message) =>
        Rule(id, Category, severity, title, message);
}
