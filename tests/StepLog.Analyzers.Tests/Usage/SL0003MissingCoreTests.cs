using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Tests.Infrastructure.GeneratorRules>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0003: the body method XCore must exist with the same parameters, return type, static-ness and arity.</summary>
public class SL0003MissingCoreTests
{
    private static DiagnosticResult SL0003(int location, string method, string type) =>
        Verify.Diagnostic(Descriptors.MissingCore).WithLocation(location).WithArguments(method, method + "Core", $"add '{method}Core' to '{type}'");

    private static DiagnosticResult SL0003Rename(int location, string method, string nearMiss) =>
        Verify.Diagnostic(Descriptors.MissingCore).WithLocation(location).WithArguments(
            method, method + "Core", $"rename '{nearMiss}', which has them, to '{method}Core'");

    [Fact]
    public Task A_missing_body_is_reported_on_the_method_name() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public partial int {|#0:Fetch|}(string provider);
        }
        """, SL0003(0, "Fetch", "Sync"));

    [Theory]
    [InlineData("private int FetchCore(object provider) => 1;")]                  // parameter type
    [InlineData("private int FetchCore(ref string provider) => 1;")]              // ref kind
    [InlineData("private long FetchCore(string provider) => 1;")]                 // return type
    [InlineData("private static int FetchCore(string provider) => 1;")]           // static-ness
    [InlineData("private int FetchCore<T>(string provider) => 1;")]               // arity
    [InlineData("private int FetchCore(string provider, int retries) => 1;")]     // parameter count
    [InlineData("private int FetchCor(string provider) => 1;")]                   // name
    public Task A_body_that_does_not_match_is_reported(string core) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public partial int {|#0:Fetch|}(string provider);

            {{core}}
        }
        """, SL0003(0, "Fetch", "Sync"));

    [Theory]
    [InlineData("ChargeAsync", "ChargeCore")]        // the body kept the name of the method before it became async
    [InlineData("Charge", "ChargeAsyncCore")]        // ... or the other way round
    [InlineData("ChargeAsync", "ChargeCoreAsync")]   // 'Core' before 'Async', the usual order of async names
    [InlineData("Charge", "chargeCore")]             // only the case differs
    public Task A_body_under_a_near_name_is_named_with_the_rename_that_fixes_it(string method, string nearMiss) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public partial class Payments
        {
            [Step(1, "Charge")]
            public partial int {|#0:{{method}}|}(string card, decimal amount);

            private int {{nearMiss}}(string card, decimal amount) => 1;
        }
        """, SL0003Rename(0, method, nearMiss));

    [Theory]
    [InlineData("private int ChargeCore(string card) => 1;")]                          // other parameters
    [InlineData("private long ChargeCore(string card, decimal amount) => 1;")]         // other return type
    [InlineData("private int ChargeHelper(string card, decimal amount) => 1;")]        // not a body's name
    [InlineData("private int ChargeAsyncCoreX(string card, decimal amount) => 1;")]    // not a near name
    public Task A_method_that_a_rename_alone_would_not_make_the_body_is_not_named(string other) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public partial class Payments
        {
            [Step(1, "Charge")]
            public partial int {|#0:ChargeAsync|}(string card, decimal amount);

            {{other}}
        }
        """, SL0003(0, "ChargeAsync", "Payments"));

    [Fact]
    public Task The_body_of_another_StepLog_method_is_not_offered_for_renaming() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Payments
        {
            [Operation("Charge")]
            public partial int Charge(string card, decimal amount);
            private int ChargeCore(string card, decimal amount) => 1;

            [Operation("Charge async")]
            public partial int {|#0:ChargeAsync|}(string card, decimal amount);
        }
        """, SL0003(0, "ChargeAsync", "Payments"));

    [Fact]
    public Task A_generic_type_is_named_with_its_type_parameters() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Repository<T>
        {
            [Operation("Load")]
            public static partial void {|#0:Load|}();
        }
        """, SL0003(0, "Load", "Repository<T>"));

    [Fact]
    public Task Matching_bodies_of_every_supported_shape_are_clean() => Verify.VerifyAnalyzerAsync("""
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;
        using StepLog;

        public partial class Sync
        {
            [Operation("Sync")]
            public partial Task<int> SyncAsync([Log] string provider, CancellationToken ct = default);
            private async Task<int> SyncAsyncCore(string provider, CancellationToken ct) { await Task.Yield(); return 1; }

            [Step(1, "Validate")]
            private partial (int Valid, int Filtered) Validate(IReadOnlyList<string> models);
            // Tuple element names may differ: the generated call compiles either way.
            private (int, int) ValidateCore(IReadOnlyList<string> models) => (models.Count, 0);

            [Step(2, "Convert")]
            internal partial TOut Convert<TIn, TOut>(in TIn value, ref int count, out bool done, params TIn[] more)
                where TOut : new();
            private TB ConvertCore<TA, TB>(in TA value, ref int count, out bool done, params TA[] more)
                where TB : new() { done = true; return new TB(); }
            // (Type parameters may be named differently: the wrapper passes its own.)

            [Step(3, "Wait")]
            public static partial ValueTask Wait(int? delay);
            private static ValueTask WaitCore(int? delay) => default;
        }

        public partial class Sync
        {
            // The body may live in another part of the type.
            [Step(4, "Store")]
            public partial void Store(string?[] rows);
        }

        public partial class Sync
        {
            private void StoreCore(string?[] rows) { }
        }

        public static partial class Extensions
        {
            [Operation("Load")]
            public static partial string Load(this string path);
            private static string LoadCore(string path) => path;
        }
        """);

    [Fact]
    public Task A_method_that_SL0001_or_SL0007_rejects_is_left_to_them() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public int {|#0:Fetch|}() => 1;

            private int value;

            [Step(2, "Ref")]
            public partial {|#1:ref int|} Ref();
        }
        """,
        Verify.Diagnostic(Descriptors.NotPartialDeclaration).WithLocation(0).WithArguments(
            "Fetch", "Step", "is not a partial method declaration without a body; declare it 'partial' with no body and move the body into 'FetchCore'"),
        Verify.Diagnostic(Descriptors.UnsupportedShape).WithLocation(1).WithArguments(
            "Ref", "it returns by reference ('ref' return), which a logging wrapper cannot pass through; return the value instead"));

    // No body can be written with a type that does not exist yet: the compiler's CS8795 stays beside CS0246.
    [Fact]
    public Task A_parameter_type_still_being_typed_is_left_to_the_compiler() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Sync
        {
            [Step(1, "Fetch")]
            public partial int {|CS8795:Fetch|}({|CS0246:Provide|} provider);
        }
        """);
}
