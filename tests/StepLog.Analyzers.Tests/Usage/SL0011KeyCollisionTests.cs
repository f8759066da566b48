using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.KeyCollisionAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0011: a logged key that is one of StepLog's own fields, or another key of the same line.</summary>
public class SL0011KeyCollisionTests
{
    private static string Reserved(string source) => $"of {source} is a field StepLog writes itself on that line, and would replace or repeat it";

    private static string Duplicate(string source, string first) => $"of {source} is also the key of {first} on the same line, and one value would hide the other";

    private static DiagnosticResult ReservedKey(int location, string key, string source, string newKey, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        Verify.Diagnostic(Descriptors.KeyCollision).WithLocation(location).WithSeverity(severity)
            .WithArguments(key, Reserved(source), newKey);

    private static DiagnosticResult DuplicateKey(int location, string key, string source, string first, string newKey, DiagnosticSeverity severity = DiagnosticSeverity.Error) =>
        Verify.Diagnostic(Descriptors.KeyCollision).WithLocation(location).WithSeverity(severity)
            .WithArguments(key, Duplicate(source, first), newKey);

    [Theory]
    [InlineData("operation")]
    [InlineData("operation_id")]
    [InlineData("depth")]
    [InlineData("trace_id")]
    [InlineData("span_id")]
    [InlineData("subject")]
    [InlineData("step")]
    [InlineData("step_number")]
    [InlineData("total_steps")]
    public Task The_fields_of_a_step_start_line_are_taken_for_a_Step_Log_key(string key) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public partial void Fetch([Log({|#0:"{{key}}"|})] int value);
        }
        """, ReservedKey(0, key, "[Log] parameter 'value'", key + "_value"));

    [Theory]
    [InlineData("Start(({|#0:\"depth\"|}, 1))", "depth", "Start")]
    [InlineData("Step(1, \"Fetch data\", ({|#0:\"total_steps\"|}, 1))", "total_steps", "Step")]
    [InlineData("Success(({|#0:\"status\"|}, \"valid\"))", "status", "Success")]
    [InlineData("Success(({|#0:\"duration_ms\"|}, 99))", "duration_ms", "Success")]
    [InlineData("Failure(new System.Exception(), ({|#0:\"error\"|}, 1))", "error", "Failure")]
    [InlineData("Skip(\"cached\", ({|#0:\"reason\"|}, 1))", "reason", "Skip")]
    [InlineData("Complete(({|#0:\"total_duration_ms\"|}, 1))", "total_duration_ms", "Complete")]
    [InlineData("Complete(({|#0:\"trace_id\"|}, 1))", "trace_id", "Complete")]
    [InlineData("Warning(\"slow\", ({|#0:\"message\"|}, 1))", "message", "Warning")]
    [InlineData("Warning(\"slow\", ({|#0:\"status\"|}, 1))", "status", "Warning")]
    [InlineData("Retry(new System.Exception(), 2, ({|#0:\"attempt\"|}, 1))", "attempt", "Retry")]
    [InlineData("Retry(new System.Exception(), 2, ({|#0:\"error\"|}, 1))", "error", "Retry")]
    public Task The_fields_of_each_call_s_line_are_taken(string call, string key, string method) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public static class Calls
        {
            public static void Run(StepLogger op) => op.{{call}};
        }
        """, ReservedKey(0, key, "StepLogger." + method, key + "_value", DiagnosticSeverity.Warning));

    [Fact]
    public Task A_key_is_free_on_a_line_StepLog_writes_no_such_field_on() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            // The start line has no status nor error; a StepLogger's COMPLETE has the status its caller gives.
            [Operation("Sync")]
            public partial Task RunAsync([Log] string status, [Log] string error);

            public static void Run(StepLogger op)
            {
                op.Start(("status", "starting"));
                op.Complete(("status", "success"), ("records", 3));
            }
        }
        """);

    // The runtime keeps step, duration_ms and the others for itself on every line, a start line included (see
    // MetadataKeyCollisionTests in the runtime's tests): SL0011 judges by the same rule.
    [Fact]
    public Task The_names_StepLog_keeps_on_every_line_are_reported_on_a_start_line() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync")]
            public partial Task RunAsync([Log] int {|#0:durationMs|});

            public static void Run(StepLogger op)
            {
                op.Start(({|#1:"step"|}, 1), ({|#2:"last_step"|}, 2));
            }
        }
        """,
        ReservedKey(0, "duration_ms", "[Log] parameter 'durationMs'", "duration_ms_value"),
        ReservedKey(1, "step", "StepLogger.Start", "step_value", DiagnosticSeverity.Warning),
        ReservedKey(2, "last_step", "StepLogger.Start", "last_step_value", DiagnosticSeverity.Warning));

    // A warning line writes no error, attempt nor reason; a retry line no message nor reason (see
    // MetadataKeyCollisionTests): those keys are the user's there.
    [Fact]
    public Task The_keys_a_warning_or_retry_line_does_not_write_are_free() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public static class Calls
        {
            public static void Run(StepLogger op)
            {
                op.Warning("slow", ("error", 1), ("attempt", 2), ("reason", "disk"));
                op.Retry(new System.Exception(), 2, ("message", "again"), ("reason", "timeout"));
            }
        }
        """);

    [Fact]
    public Task A_repeated_key_of_a_warning_or_retry_is_reported_on_the_second() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public static class Calls
        {
            public static void Run(StepLogger op)
            {
                op.Warning("slow", ("disk", 1), ({|#0:"disk"|}, 2));
                op.Retry(new System.Exception(), 2, ("host", "a"), ({|#1:"host"|}, "b"));
            }
        }
        """,
        DuplicateKey(0, "disk", "StepLogger.Warning", "StepLogger.Warning", "disk_value", DiagnosticSeverity.Warning),
        DuplicateKey(1, "host", "StepLogger.Retry", "StepLogger.Retry", "host_value", DiagnosticSeverity.Warning));

    [Fact]
    public Task A_parameter_logged_under_its_snake_case_name_is_reported_on_its_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync")]
            public partial void Run([Log] int {|#0:depth|}, [Log] string {|#1:operation|}, [Log] int {|#2:TraceId|}, [Log] int durations);
        }
        """,
        ReservedKey(0, "depth", "[Log] parameter 'depth'", "depth_value"),
        ReservedKey(1, "operation", "[Log] parameter 'operation'", "operation_value"),
        ReservedKey(2, "trace_id", "[Log] parameter 'TraceId'", "trace_id_value"));

    [Fact]
    public Task Two_parameters_with_one_key_are_reported_on_the_second() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Validate")]
            public partial void Validate([Log] int rawCount, [Log] int {|#0:raw_count|}, [Log({|#1:"raw_count"|})] int other, [Log("size")] int a, [Log({|#2:"size"|})] int b);
        }
        """,
        DuplicateKey(0, "raw_count", "[Log] parameter 'raw_count'", "[Log] parameter 'rawCount'", "raw_count_value"),
        DuplicateKey(1, "raw_count", "[Log] parameter 'other'", "[Log] parameter 'rawCount'", "raw_count_value2"),
        DuplicateKey(2, "size", "[Log] parameter 'b'", "[Log] parameter 'a'", "size_value"));

    [Fact]
    public Task Result_keys_and_named_tuple_elements_are_keys_of_the_success_line() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync", Result = {|#0:"status"|})]
            public partial Task<int> RunAsync();

            [Step(1, "Validate")]
            public partial (int Valid, int {|#1:Status|}) Validate();

            // The element names are the keys; Result is not used.
            [Step(2, "Store", Result = "status")]
            public partial (int Inserted, int Updated) Store();
        }
        """,
        ReservedKey(0, "status", "Result", "status_value"),
        ReservedKey(1, "status", "result element 'Status'", "status_value"));

    [Fact]
    public Task Values_that_are_not_logged_have_no_key() => Verify.VerifyAnalyzerAsync("""
        using System;
        using StepLog;
        public partial class Sync
        {
            // out and ref struct parameters are left out of the line (SL0010), Result on void too, unmarked ones always.
            [Step(1, "Parse", Result = "status")]
            public partial void Parse([Log] out int depth, [Log] ReadOnlySpan<byte> status, int error, [Log] int count, [Log("total")] int other);
        }
        """);

    [Fact]
    public Task Constant_keys_of_StepLogger_calls_are_warnings() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public static class Calls
        {
            private const string Duration = "duration_ms";

            public static void Run(StepLogger op, string dynamicKey)
            {
                op.Start(("provider", "x"), ({|#0:"operation"|}, "y"));
                op.Step(1, "Fetch data", ("source", 1), ({|#1:"source"|}, 2));
                op.Success(({|#2:Duration|}, 99));
                op.Skip("cached", ({|#3:"reason"|}, "again"));
                op.Complete(StepMetadata.Of("total", 1, {|#4:"depth"|}, 2));
                op.Success((dynamicKey, 1), ("records", 2));
                // Made apart from its call: only the fields of every line are known to be taken.
                var values = StepMetadata.Of("status", 1, {|#5:"operation"|}, 2, {|#6:"status"|}, 3);
                op.Complete(values);
            }
        }
        """,
        ReservedKey(0, "operation", "StepLogger.Start", "operation_value", DiagnosticSeverity.Warning),
        DuplicateKey(1, "source", "StepLogger.Step", "StepLogger.Step", "source_value", DiagnosticSeverity.Warning),
        ReservedKey(2, "duration_ms", "StepLogger.Success", "duration_ms_value", DiagnosticSeverity.Warning),
        ReservedKey(3, "reason", "StepLogger.Skip", "reason_value", DiagnosticSeverity.Warning),
        ReservedKey(4, "depth", "StepMetadata.Of", "depth_value", DiagnosticSeverity.Warning),
        ReservedKey(5, "operation", "StepMetadata.Of", "operation_value", DiagnosticSeverity.Warning),
        DuplicateKey(6, "status", "StepMetadata.Of", "StepMetadata.Of", "status_value", DiagnosticSeverity.Warning));

    [Fact]
    public Task A_suggested_key_is_free_on_its_line() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public partial void Fetch([Log] int depth_value, [Log] int {|#0:depth|});
        }
        """, ReservedKey(0, "depth", "[Log] parameter 'depth'", "depth_value2"));
}
