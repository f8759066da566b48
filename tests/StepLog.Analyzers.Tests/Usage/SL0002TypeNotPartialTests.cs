using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0002: the type of an [Operation]/[Step] method, and every type around it, must be partial.</summary>
public class SL0002TypeNotPartialTests
{
    private static DiagnosticResult SL0002(int location, string method, string attribute, string type) =>
        Verify.Diagnostic(Descriptors.TypeNotPartial).WithLocation(location).WithArguments(method, attribute, type);

    // No part of a type that is not partial can be generated, so the compiler also says the method has no implementation.
    private static DiagnosticResult CS8795(int location, string method) =>
        DiagnosticResult.CompilerError("CS8795").WithLocation(location).WithArguments(method);

    [Fact]
    public Task A_class_that_is_not_partial_is_named_on_the_method() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public class Sync
        {
            [Step(1, "Fetch")]
            private partial void {|#0:{|CS0751:Fetch|}|}();
            private void FetchCore() { }
        }
        """, SL0002(0, "Fetch", "Step", "Sync"), CS8795(0, "Sync.Fetch()"));

    [Fact]
    public Task An_enclosing_type_that_is_not_partial_is_named() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public class Outer
        {
            public partial class Inner
            {
                [Operation("Run")]
                public partial void {|#0:Run|}();
                private void RunCore() { }
            }
        }
        """, SL0002(0, "Run", "Operation", "Outer"), CS8795(0, "Outer.Inner.Run()"));

    [Fact]
    public Task Each_type_that_is_not_partial_is_named_innermost_first() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public class Outer
        {
            public struct Inner
            {
                [Operation("Run")]
                public partial void {|#0:Run|}();
                private void RunCore() { }
            }
        }
        """,
        DiagnosticResult.CompilerError("CS0751").WithLocation(0),
        SL0002(0, "Run", "Operation", "Inner"),
        SL0002(0, "Run", "Operation", "Outer"),
        CS8795(0, "Outer.Inner.Run()"));

    [Fact]
    public Task A_generic_type_is_named_with_its_type_parameters() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public class Repository<T>
        {
            [Step(1, "Load")]
            public partial T {|#0:{|CS0751:Load|}|}();
            private T LoadCore() => default!;
        }
        """, SL0002(0, "Load", "Step", "Repository<T>"), CS8795(0, "Repository<T>.Load()"));

    // One mistake, one diagnostic: SL0001's fix makes the types partial too.
    [Fact]
    public Task A_method_with_a_body_in_a_type_that_is_not_partial_gets_SL0001_only() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public class Sync
        {
            [Step(1, "Fetch")]
            public void {|#0:Fetch|}() { }
        }
        """,
        Verify.Diagnostic(Descriptors.NotPartialDeclaration).WithLocation(0).WithArguments(
            "Fetch", "Step", "is not a partial method declaration without a body; declare it 'partial' with no body and move the body into 'FetchCore'"));

    [Fact]
    public Task Partial_records_structs_and_nested_types_are_clean() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial record Sync(string Provider)
        {
            [Operation("Sync")]
            public partial void Run();
            private void RunCore() { }

            public partial record struct Inner
            {
                [Step(1, "Fetch")]
                public partial void Fetch();
                private void FetchCore() { }
            }
        }

        public partial class Split { }

        public partial class Split
        {
            [Step(1, "Fetch")]
            public partial void Fetch();
            private void FetchCore() { }
        }
        """);
}
