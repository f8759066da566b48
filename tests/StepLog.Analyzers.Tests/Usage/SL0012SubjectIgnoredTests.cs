using Microsoft.CodeAnalysis.Testing;
using StepLog.Shared;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.SubjectPlacementAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>
/// SL0012 on the methods the generator never sees: [Subject] on a parameter of a method that is neither an
/// [Operation] nor a [Step] (the generator reports it on those, so this analyzer stays silent there).
/// </summary>
public class SL0012SubjectIgnoredTests
{
    private static DiagnosticResult SL0012(int location, string parameter, string method) =>
        Verify.Diagnostic(Descriptors.SubjectIgnored).WithLocation(location).WithArguments(parameter, method, SubjectRules.NotStepLogReason);

    [Fact]
    public Task Subject_on_a_body_a_helper_a_lambda_and_a_constructor_is_reported() => Verify.VerifyAnalyzerAsync("""
        using System;
        using StepLog;
        public partial class Documents
        {
            public Documents([Subject] string {|#0:owner|}) { }

            [Operation("Process")]
            public partial void Process(string documentId);
            private void ProcessCore([Subject] string {|#1:documentId|}) { }

            public static void Archive([Subject] string {|#2:documentId|}) { }

            public Action<string> Handler = ([Subject] string {|#3:id|}) => { };
        }
        """,
        SL0012(0, "owner", "Documents"),
        SL0012(1, "documentId", "ProcessCore"),
        SL0012(2, "documentId", "Archive"),
        SL0012(3, "id", "a lambda"));

    [Fact]
    public Task Subject_on_operation_and_step_methods_is_left_to_the_generator() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Documents
        {
            [Operation("Process")]
            public partial void Process([Subject] string documentId, [Subject] out int pages);
            private void ProcessCore(string documentId, out int pages) { pages = Parse(documentId); }

            [Step(1, "Parse")]
            private partial int Parse([Subject] string text);
            private int ParseCore(string text) => text.Length;
        }
        """);
}
