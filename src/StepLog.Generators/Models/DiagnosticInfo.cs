using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using StepLog.Shared;

namespace StepLog.Generators.Models;

/// <summary>
/// A diagnostic as the pipeline carries it: its rule's ID, where (file, span, lines) and the message arguments, all
/// equatable, so that an unchanged finding does not re-run the output. The Location is rebuilt when it is reported.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo From(RuleFinding finding)
    {
        var location = finding.Location;
        return new DiagnosticInfo(
            finding.Descriptor.Id,
            location.SourceTree?.FilePath ?? location.GetLineSpan().Path,
            location.SourceSpan,
            location.GetLineSpan().Span,
            EquatableArray.From(finding.Arguments));
    }

    /// <summary>
    /// The diagnostic, located in the compilation's own syntax tree when it has this file (so that #pragma and the
    /// editor's squiggles apply), else by path.
    /// </summary>
    public Diagnostic ToDiagnostic(SyntaxTree? tree)
    {
        var location = tree is not null && Span.End <= tree.Length
            ? Location.Create(tree, Span)
            : Location.Create(FilePath, Span, LineSpan);
        return Diagnostic.Create(UsageDescriptors.ById(Id)!, location, [.. Arguments]);
    }
}

/// <summary>What parsing one [Operation]/[Step] method gives: the method to write (if any) and the diagnostics on it.</summary>
/// <param name="Candidate">The method's implementation, or null when none can be written.</param>
/// <param name="Diagnostics">Why it is not implemented as written, one per mistake.</param>
internal sealed record ParseResult(MethodCandidate? Candidate, EquatableArray<DiagnosticInfo> Diagnostics);
