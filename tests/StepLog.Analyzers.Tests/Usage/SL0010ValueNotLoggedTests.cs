using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.ValueNotLoggedAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0010: a [Log] parameter or a Result that the generator has to leave out of the line.</summary>
public class SL0010ValueNotLoggedTests
{
    private static DiagnosticResult SL0010(int location, string what, string method, string reason) =>
        Verify.Diagnostic(Descriptors.ValueNotLogged).WithLocation(location).WithArguments(what, method, reason);

    [Fact]
    public Task Log_on_an_out_parameter_and_on_a_span_is_reported_on_the_parameter() => Verify.VerifyAnalyzerAsync("""
        using System;
        using StepLog;
        public partial class Parser
        {
            [Step(1, "Parse")]
            public partial bool Parse([Log] string text, [Log] ReadOnlySpan<byte> {|#0:bytes|}, [Log] out int {|#1:length|});
            private bool ParseCore(string text, ReadOnlySpan<byte> bytes, out int length) { length = bytes.Length; return true; }
        }
        """,
        SL0010(0, "[Log] parameter 'bytes'", "Parse", ValueNotLoggedAnalyzer.UnkeepableReason),
        SL0010(1, "[Log] parameter 'length'", "Parse", ValueNotLoggedAnalyzer.OutReason));

    [Fact]
    public Task A_result_key_on_a_method_that_returns_nothing_is_reported_on_the_method() => Verify.VerifyAnalyzerAsync("""
        using System.Threading.Tasks;
        using StepLog;
        public partial class Store
        {
            [Step(1, "Save", Result = "rows")]
            public partial Task {|#0:SaveAsync|}();
            private Task SaveAsyncCore() => Task.CompletedTask;

            [Step(2, "Flush", Result = "flushed")]
            public partial void {|#1:Flush|}();
            private void FlushCore() { }
        }
        """,
        SL0010(0, "Result \"rows\"", "SaveAsync", ValueNotLoggedAnalyzer.NoResultReason),
        SL0010(1, "Result \"flushed\"", "Flush", ValueNotLoggedAnalyzer.NoResultReason));

    [Fact]
    public Task Values_the_generator_logs_are_clean() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync", Result = "total")]
            public partial ValueTask<int> SyncAsync([Log] string provider, [Log] int batch, [Log] IReadOnlyList<string> names, [Log] ref int cursor);
            private ValueTask<int> SyncAsyncCore(string provider, int batch, IReadOnlyList<string> names, ref int cursor) => new(batch);

            [Step(1, "Count", Result = "count")]
            public partial int Count([Log] in long limit);
            private int CountCore(in long limit) => 0;
        }
        """);
}
