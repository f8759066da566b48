using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0007: method shapes the generator skips, reported on the part at fault.</summary>
public class SL0007UnsupportedShapeTests
{
    private static DiagnosticResult SL0007(int location, string method, string reason) =>
        Verify.Diagnostic(Descriptors.UnsupportedShape).WithLocation(location).WithArguments(method, reason);

    [Fact]
    public Task A_ref_return_is_reported_on_the_return_type() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Cache
        {
            private int value;

            [Step(1, "Find")]
            public partial {|#0:ref int|} Find();

            [Step(2, "Peek")]
            public partial {|#1:ref readonly int|} Peek();
        }
        """,
        SL0007(0, "Find", "it returns by reference ('ref' return), which a logging wrapper cannot pass through; return the value instead"),
        SL0007(1, "Peek", "it returns by reference ('ref readonly' return), which a logging wrapper cannot pass through; return the value instead"));

    [Fact]
    public Task An_async_stream_is_reported_on_the_return_type() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using StepLog;
        public partial class Feed
        {
            [Operation("Stream")]
            public partial {|#0:IAsyncEnumerable<string>|} Stream();

            [Step(1, "Enumerate")]
            public partial {|#1:IAsyncEnumerator<string>|} Enumerate();
        }
        """,
        SL0007(0, "Stream", "its return type 'IAsyncEnumerable<T>' produces items after the call returns, so the step cannot be timed; return a Task of a collection instead, or log the loop with StepLogger"),
        SL0007(1, "Enumerate", "its return type 'IAsyncEnumerator<T>' produces items after the call returns, so the step cannot be timed; return a Task of a collection instead, or log the loop with StepLogger"));

    [Fact]
    public Task A_method_declared_in_an_interface_is_reported_on_its_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public interface ISync
        {
            [Step(1, "Fetch")]
            void {|#0:Fetch|}();
        }
        """, SL0007(0, "Fetch", "it is declared in interface 'ISync'; declare it in a class, struct or record (which may implement the interface)"));

    [Fact]
    public Task A_method_that_is_both_operation_and_step_is_reported_on_its_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync")]
            [Step(1, "Fetch")]
            public partial int {|#0:Run|}();

            private int RunCore() => 1;
        }
        """, SL0007(0, "Run", "it has both [Operation] and [Step]; a method is an operation or one of its steps, so keep one of them"));

    // The shapes only: no bodies, so SL0003 is off.
    [Fact]
    public Task Supported_shapes_are_clean() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;
        public partial class Sync
        {
            [Operation("Sync")]
            public partial Task<IReadOnlyList<int>> SyncAsync(CancellationToken ct);

            [Step(1, "A")]
            public partial void A(in int x, ref int y, out int z, ref readonly int w, params int[] rest);

            [Step(2, "B")]
            public static partial ValueTask<int> B(int retries = 3);

            [Step(3, "C")]
            internal partial T C<T>(T value) where T : notnull;

            [Step(4, "D")]
            private partial ValueTask D();

            [Step(5, "E")]
            protected internal partial Task E();

            // Without a StepLog attribute anything goes.
            public ref int Plain() => throw null!;
        }
        """, ["SL0003"]);

    // Never a silent skip: a file-local type cannot take a generated part, and an operation needs a name to log.
    [Fact]
    public Task A_file_local_type_is_reported_and_keeps_the_compilers_CS8795() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        file partial class Importer
        {
            [Operation("Import")]
            public partial void {|#0:{|CS8795:Run|}|}();
            private void RunCore() { }
        }
        """,
        Verify.Diagnostic(Descriptors.UnsupportedShape).WithLocation(0).WithArguments(
            "Run", "its type 'Importer' is file-local ('file'), and the generated part, in a file of its own, cannot extend it; remove 'file' (make the type private or internal instead)"));

    [Fact]
    public Task An_empty_or_null_name_is_reported_on_the_argument_and_the_method_still_compiles() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Importer
        {
            [Operation({|#0:null!|})]
            public partial void Run();
            private void RunCore() { }

            [Operation({|#1:""|})]
            public partial int Count();
            private int CountCore() => 1;
        }
        """,
        Verify.Diagnostic(Descriptors.UnsupportedShape).WithLocation(0).WithArguments("Run", EmptyName),
        Verify.Diagnostic(Descriptors.UnsupportedShape).WithLocation(1).WithArguments("Count", EmptyName));

    private const string EmptyName = "its name is null or empty, and every line it logs starts with that name; give the name to log, e.g. \"Model Sync\"";
}
