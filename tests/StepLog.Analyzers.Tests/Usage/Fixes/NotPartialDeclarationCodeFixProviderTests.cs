using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage.Fixes;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage.Fixes;

/// <summary>The SL0001 fix: the method becomes the partial declaration and its body moves to XCore.</summary>
public class NotPartialDeclarationCodeFixProviderTests
{
    // One mistake, one diagnostic: a method with a body in a type that is not partial gets SL0001 only, whose fix
    // makes the types partial too.
    private static DiagnosticResult SL0001(int location, string method, string attribute) =>
        Verify.Diagnostic(Descriptors.NotPartialDeclaration).WithLocation(location).WithArguments(
            method, attribute, $"is not a partial method declaration without a body; declare it 'partial' with no body and move the body into '{method}Core'");

    private static DiagnosticResult LocalFunction(int location, string method) =>
        Verify.Diagnostic(Descriptors.NotPartialDeclaration).WithLocation(location).WithArguments(
            method, "Step", $"is a local function, which the generator cannot implement; make it a partial method of the type, with its body in '{method}Core'");

    [Fact]
    public Task A_block_body_moves_to_a_private_core_and_the_type_becomes_partial() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using StepLog;

        public class Sync
        {
            /// <summary>Fetches.</summary>
            [Step(1, "Fetch from provider API", Result = "raw_models")]
            public int {|#0:Fetch|}([Log] string provider, int retries = 3)
            {
                return provider.Length + retries;
            }
        }
        """,
        [SL0001(0, "Fetch", "Step")],
        """
        using StepLog;

        public partial class Sync
        {
            /// <summary>Fetches.</summary>
            [Step(1, "Fetch from provider API", Result = "raw_models")]
            public partial int Fetch([Log] string provider, int retries = 3);

            private int FetchCore(string provider, int retries = 3)
            {
                return provider.Length + retries;
            }
        }
        """);

    [Fact]
    public Task An_async_expression_bodied_static_operation_keeps_static_and_async_on_the_core() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;

        public static partial class Jobs
        {
            [Operation("Nightly")]
            internal static async Task<int> {|#0:RunAsync|}(this string name, CancellationToken ct) => await Task.FromResult(name.Length);
        }
        """,
        [SL0001(0, "RunAsync", "Operation")],
        """
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;

        public static partial class Jobs
        {
            [Operation("Nightly")]
            internal static partial Task<int> RunAsync(this string name, CancellationToken ct);

            private static async Task<int> RunAsyncCore(string name, CancellationToken ct) => await Task.FromResult(name.Length);
        }
        """);

    [Fact]
    public Task A_method_without_accessibility_in_nested_types_gets_private_and_every_type_partial() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using StepLog;

        namespace App
        {
            public class Outer
            {
                internal struct Inner
                {
                    [Step(1, "Fetch")]
                    T {|#0:Fetch|}<T>(T value) where T : class
                    {
                        return value;
                    }
                }
            }
        }
        """,
        [SL0001(0, "Fetch", "Step")],
        """
        using StepLog;

        namespace App
        {
            public partial class Outer
            {
                internal partial struct Inner
                {
                    [Step(1, "Fetch")]
                    private partial T Fetch<T>(T value) where T : class;

                    private T FetchCore<T>(T value) where T : class
                    {
                        return value;
                    }
                }
            }
        }
        """);

    [Fact]
    public Task Fix_all_moves_every_body_and_makes_the_type_partial_once() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using StepLog;

        public class Sync
        {
            [Operation("Sync")]
            public void {|#0:Run|}() { }

            [Step(1, "Fetch")]
            private int {|#1:Fetch|}() => 1;
        }
        """,
        [
            SL0001(0, "Run", "Operation"),
            SL0001(1, "Fetch", "Step"),
        ],
        """
        using StepLog;

        public partial class Sync
        {
            [Operation("Sync")]
            public partial void Run();

            private void RunCore() { }

            [Step(1, "Fetch")]
            private partial int Fetch();

            private int FetchCore() => 1;
        }
        """);

    [Fact]
    public Task No_fix_is_offered_when_the_core_name_is_taken() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using StepLog;

        public partial class Sync
        {
            [Step(1, "Fetch")]
            public int {|#0:Fetch|}() => 1;

            private int FetchCore() => 2;
        }
        """,
        [SL0001(0, "Fetch", "Step")],
        """
        using StepLog;

        public partial class Sync
        {
            [Step(1, "Fetch")]
            public int {|#0:Fetch|}() => 1;

            private int FetchCore() => 2;
        }
        """,
        [SL0001(0, "Fetch", "Step")]);

    [Fact]
    public Task No_fix_is_offered_for_a_local_function_nor_is_its_enclosing_method_touched() => Verify.VerifyCodeFixAsync<NotPartialDeclarationCodeFixProvider>("""
        using StepLog;

        public partial class Sync
        {
            public void Run()
            {
                [Step(1, "Fetch")]
                void {|#0:Fetch|}() { }
                Fetch();
            }
        }
        """,
        [LocalFunction(0, "Fetch")],
        """
        using StepLog;

        public partial class Sync
        {
            public void Run()
            {
                [Step(1, "Fetch")]
                void {|#0:Fetch|}() { }
                Fetch();
            }
        }
        """,
        [LocalFunction(0, "Fetch")]);
}
