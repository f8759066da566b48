using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage.Fixes;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.KeyCollisionAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage.Fixes;

/// <summary>The SL0011 fix: the key is renamed to the free one the diagnostic suggests.</summary>
public class KeyCollisionCodeFixProviderTests
{
    private static DiagnosticResult SL0011(int location, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        Verify.Diagnostic(Descriptors.KeyCollision).WithLocation(location).WithSeverity(severity);

    [Fact]
    public Task A_parameter_logged_under_its_name_gets_an_explicit_key_and_literals_are_renamed() => Verify.VerifyCodeFixAsync<KeyCollisionCodeFixProvider>("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch", Result = {|#0:"status"|})]
            public partial int Fetch([Log] int {|#1:depth|}, [Log] int rawCount, [Log({|#2:"raw_count"|})] int other);
        }
        """,
        [
            SL0011(0).WithArguments("status", "of Result is a field StepLog writes itself on that line, and would replace or repeat it", "status_value"),
            SL0011(1).WithArguments("depth", "of [Log] parameter 'depth' is a field StepLog writes itself on that line, and would replace or repeat it", "depth_value"),
            SL0011(2).WithArguments("raw_count", "of [Log] parameter 'other' is also the key of [Log] parameter 'rawCount' on the same line, and one value would hide the other", "raw_count_value"),
        ],
        """
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch", Result = "status_value")]
            public partial int Fetch([Log("depth_value")] int depth, [Log] int rawCount, [Log("raw_count_value")] int other);
        }
        """);

    [Fact]
    public Task The_keys_of_StepLogger_calls_are_renamed() => Verify.VerifyCodeFixAsync<KeyCollisionCodeFixProvider>("""
        using StepLog;
        public static class Calls
        {
            public static void Run(StepLogger op)
            {
                op.Success(("records", 1), ({|#0:"duration_ms"|}, 99));
                op.Complete(StepMetadata.Of("total", 1, {|#1:"total"|}, 2));
            }
        }
        """,
        [
            SL0011(0, DiagnosticSeverity.Warning).WithArguments("duration_ms", "of StepLogger.Success is a field StepLog writes itself on that line, and would replace or repeat it", "duration_ms_value"),
            SL0011(1, DiagnosticSeverity.Warning).WithArguments("total", "of StepMetadata.Of is also the key of StepMetadata.Of on the same line, and one value would hide the other", "total_value"),
        ],
        """
        using StepLog;
        public static class Calls
        {
            public static void Run(StepLogger op)
            {
                op.Success(("records", 1), ("duration_ms_value", 99));
                op.Complete(StepMetadata.Of("total", 1, "total_value", 2));
            }
        }
        """);

    [Fact]
    public Task A_tuple_element_name_is_left_to_the_user() => Verify.VerifyCodeFixAsync<KeyCollisionCodeFixProvider>("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Validate")]
            public partial (int Valid, int {|#0:Status|}) Validate();
        }
        """,
        [SL0011(0).WithArguments("status", "of result element 'Status' is a field StepLog writes itself on that line, and would replace or repeat it", "status_value")],
        """
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Validate")]
            public partial (int Valid, int {|#0:Status|}) Validate();
        }
        """,
        [SL0011(0).WithArguments("status", "of result element 'Status' is a field StepLog writes itself on that line, and would replace or repeat it", "status_value")]);
}
