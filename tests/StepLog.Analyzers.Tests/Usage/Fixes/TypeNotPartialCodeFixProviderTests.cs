using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage.Fixes;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage.Fixes;

/// <summary>The SL0002 fix: 'partial' on every type around the method that lacks it.</summary>
public class TypeNotPartialCodeFixProviderTests
{
    private static DiagnosticResult SL0002(int location, string method, string attribute, string type) =>
        Verify.Diagnostic(Descriptors.TypeNotPartial).WithLocation(location).WithArguments(method, attribute, type);

    // No part of a type that is not partial can be generated: the compiler also reports the missing implementation.
    private static DiagnosticResult CS8795(int location, string method) =>
        DiagnosticResult.CompilerError("CS8795").WithLocation(location).WithArguments(method);

    [Fact]
    public Task Partial_goes_right_before_the_keyword() => Verify.VerifyCodeFixAsync<TypeNotPartialCodeFixProvider>("""
        using StepLog;

        public sealed class Sync
        {
            [Step(1, "Fetch")]
            private partial void {|#0:Fetch|}();
            private void FetchCore() { }
        }
        """,
        [DiagnosticResult.CompilerError("CS0751").WithLocation(0), SL0002(0, "Fetch", "Step", "Sync"), CS8795(0, "Sync.Fetch()")],
        """
        using StepLog;

        public sealed partial class Sync
        {
            [Step(1, "Fetch")]
            private partial void Fetch();
            private void FetchCore() { }
        }
        """);

    [Fact]
    public Task A_type_without_modifiers_keeps_its_indentation() => Verify.VerifyCodeFixAsync<TypeNotPartialCodeFixProvider>("""
        using StepLog;

        namespace App
        {
            class Sync
            {
                [Step(1, "Fetch")]
                private partial void {|#0:Fetch|}();
                private void FetchCore() { }
            }
        }
        """,
        [DiagnosticResult.CompilerError("CS0751").WithLocation(0), SL0002(0, "Fetch", "Step", "Sync"), CS8795(0, "App.Sync.Fetch()")],
        """
        using StepLog;

        namespace App
        {
            partial class Sync
            {
                [Step(1, "Fetch")]
                private partial void Fetch();
                private void FetchCore() { }
            }
        }
        """);

    [Fact]
    public Task Fix_all_makes_nested_records_and_several_types_partial() => Verify.VerifyCodeFixAsync<TypeNotPartialCodeFixProvider>("""
        using StepLog;

        public static class Outer
        {
            public record struct Inner(int Value)
            {
                [Operation("Run")]
                public partial void {|#0:Run|}();
                private void RunCore() { }

                [Step(1, "Fetch")]
                public partial void {|#1:Fetch|}();
                private void FetchCore() { }
            }
        }

        internal class Other
        {
            [Step(1, "Load")]
            internal partial void {|#2:Load|}();
            private void LoadCore() { }
        }
        """,
        [
            DiagnosticResult.CompilerError("CS0751").WithLocation(0), SL0002(0, "Run", "Operation", "Inner"), SL0002(0, "Run", "Operation", "Outer"), CS8795(0, "Outer.Inner.Run()"),
            DiagnosticResult.CompilerError("CS0751").WithLocation(1), SL0002(1, "Fetch", "Step", "Inner"), SL0002(1, "Fetch", "Step", "Outer"), CS8795(1, "Outer.Inner.Fetch()"),
            DiagnosticResult.CompilerError("CS0751").WithLocation(2), SL0002(2, "Load", "Step", "Other"), CS8795(2, "Other.Load()"),
        ],
        """
        using StepLog;

        public static partial class Outer
        {
            public partial record struct Inner(int Value)
            {
                [Operation("Run")]
                public partial void Run();
                private void RunCore() { }

                [Step(1, "Fetch")]
                public partial void Fetch();
                private void FetchCore() { }
            }
        }

        internal partial class Other
        {
            [Step(1, "Load")]
            internal partial void Load();
            private void LoadCore() { }
        }
        """);
}
