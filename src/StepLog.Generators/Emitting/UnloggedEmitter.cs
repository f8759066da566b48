using System.Linq;
using StepLog.Generators.Models;
using StepLog.Shared;

namespace StepLog.Generators.Emitting;

/// <summary>
/// The body of a method that a reported error keeps from being logged: a bare call of XCore, or, with no XCore, a
/// stub that throws. Either way the partial method has its implementation, so the compiler adds no CS8795 and goes on
/// to report everything else in the project; the error itself fails the build.
/// </summary>
internal static class UnloggedEmitter
{
    public static void Write(CodeWriter writer, MethodModel method)
    {
        var parameters = string.Join(", ", method.Parameters.Select(p => $"{p.Modifiers}{p.Type} {p.Name}"));
        writer.Line(SourceEmitter.GeneratedCodeAttribute);
        writer.Open($"{method.Modifiers} {method.RefReturn}{method.ReturnType} {method.Name}{method.TypeParameters}({parameters})", method.Constraints);
        if (method.Body == Implementation.CallCore)
        {
            var arguments = string.Join(", ", method.Parameters.Select(p => p.ArgumentPrefix + p.Name));
            var call = $"{method.CoreReceiver}{method.Name.TrimStart('@')}Core{method.TypeParameters}({arguments});";
            var returnsNothing = method.ReturnType == "void" && method.RefReturn.Length == 0;
            writer.Line(returnsNothing ? call : method.RefReturn.Length > 0 ? "return ref " + call : "return " + call);
        }
        else
        {
            // Out parameters need no assignment before a throw, and a throw fits every return type, ref returns included.
            writer.Line($"throw new global::System.InvalidOperationException({SourceEmitter.Literal(method.StubMessage)});");
        }

        writer.Close();
    }
}
