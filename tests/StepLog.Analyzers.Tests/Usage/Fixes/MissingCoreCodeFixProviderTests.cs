using Microsoft.CodeAnalysis.Testing;
using StepLog.Analyzers.Usage.Fixes;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage.Fixes;

/// <summary>The SL0003 fix: a private XCore stub of the right signature that throws NotImplementedException.</summary>
public class MissingCoreCodeFixProviderTests
{
    private static DiagnosticResult SL0003(int location, string method, string type) =>
        Verify.Diagnostic(Descriptors.MissingCore).WithLocation(location).WithArguments(method, method + "Core", $"add '{method}Core' to '{type}'");

    [Fact]
    public Task The_stub_has_the_parameters_without_defaults_and_Log() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;

        public partial class Sync
        {
            [Operation("Model Sync", Result = "count")]
            public partial Task<int> {|#0:SyncAsync|}([Log] string provider, int retries = 3, CancellationToken ct = default);
        }
        """,
        [SL0003(0, "SyncAsync", "Sync")],
        """
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;

        public partial class Sync
        {
            [Operation("Model Sync", Result = "count")]
            public partial Task<int> SyncAsync([Log] string provider, int retries = 3, CancellationToken ct = default);

            private Task<int> SyncAsyncCore(string provider, int retries, CancellationToken ct)
            {
                throw new System.NotImplementedException();
            }
        }
        """);

    [Fact]
    public Task A_static_generic_extension_gets_a_static_generic_stub_with_its_constraints_and_ref_kinds() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using StepLog;

        public static partial class Conversions
        {
            [Step(1, "Convert")]
            internal static partial T? {|#0:Convert|}<T>(this string text, in int start, out bool done) where T : struct;
        }
        """,
        [SL0003(0, "Convert", "Conversions")],
        """
        using StepLog;

        public static partial class Conversions
        {
            [Step(1, "Convert")]
            internal static partial T? Convert<T>(this string text, in int start, out bool done) where T : struct;

            private static T? ConvertCore<T>(string text, in int start, out bool done) where T : struct
            {
                throw new System.NotImplementedException();
            }
        }
        """);

    [Fact]
    public Task Fix_all_adds_a_stub_for_every_step() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using StepLog;

        public partial class Importer
        {
            [Step(1, "Read")]
            public partial string {|#0:Read|}(string path);

            [Step(2, "Parse")]
            public partial void {|#1:Parse|}(string text);
        }
        """,
        [SL0003(0, "Read", "Importer"), SL0003(1, "Parse", "Importer")],
        """
        using StepLog;

        public partial class Importer
        {
            [Step(1, "Read")]
            public partial string Read(string path);

            private string ReadCore(string path)
            {
                throw new System.NotImplementedException();
            }

            [Step(2, "Parse")]
            public partial void Parse(string text);

            private void ParseCore(string text)
            {
                throw new System.NotImplementedException();
            }
        }
        """);

    [Fact]
    public Task No_stub_is_offered_beside_a_body_that_differs_only_in_its_return_type() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using StepLog;

        public partial class Importer
        {
            [Step(1, "Read")]
            public partial string {|#0:Read|}(string path);

            private object ReadCore(string path) => path;
        }
        """,
        [SL0003(0, "Read", "Importer")],
        """
        using StepLog;

        public partial class Importer
        {
            [Step(1, "Read")]
            public partial string {|#0:Read|}(string path);

            private object ReadCore(string path) => path;
        }
        """,
        [SL0003(0, "Read", "Importer")]);

    [Fact]
    public Task The_body_under_a_near_name_is_renamed_with_its_calls() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using System.Threading.Tasks;
        using StepLog;

        public partial class Payments
        {
            [Operation("Charge")]
            public partial Task<int> {|#0:ChargeAsync|}(string card);

            private Task<int> ChargeCore(string card) => Task.FromResult(card.Length);

            public Task<int> Retry(string card) => ChargeCore(card);
        }
        """,
        [Verify.Diagnostic(Descriptors.MissingCore).WithLocation(0).WithArguments("ChargeAsync", "ChargeAsyncCore", "rename 'ChargeCore', which has them, to 'ChargeAsyncCore'")],
        """
        using System.Threading.Tasks;
        using StepLog;

        public partial class Payments
        {
            [Operation("Charge")]
            public partial Task<int> ChargeAsync(string card);

            private Task<int> ChargeAsyncCore(string card) => Task.FromResult(card.Length);

            public Task<int> Retry(string card) => ChargeAsyncCore(card);
        }
        """,
        action: "SL0003.RenameToCore");

    [Fact]
    public Task The_stub_is_still_offered_beside_a_body_under_a_near_name() => Verify.VerifyCodeFixAsync<MissingCoreCodeFixProvider>("""
        using StepLog;

        public partial class Payments
        {
            [Step(1, "Charge")]
            public partial int {|#0:Charge|}(string card);

            private int ChargeAsyncCore(string card) => card.Length;
        }
        """,
        [Verify.Diagnostic(Descriptors.MissingCore).WithLocation(0).WithArguments("Charge", "ChargeCore", "rename 'ChargeAsyncCore', which has them, to 'ChargeCore'")],
        """
        using StepLog;

        public partial class Payments
        {
            [Step(1, "Charge")]
            public partial int Charge(string card);

            private int ChargeCore(string card)
            {
                throw new System.NotImplementedException();
            }

            private int ChargeAsyncCore(string card) => card.Length;
        }
        """,
        action: "SL0003.AddCore");
}
