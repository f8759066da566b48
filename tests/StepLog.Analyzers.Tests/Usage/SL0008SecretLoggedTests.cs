using Microsoft.CodeAnalysis.Testing;
using Verify = StepLog.Analyzers.Tests.Infrastructure.UsageVerifier<StepLog.Analyzers.Usage.SecretParameterAnalyzer>;

namespace StepLog.Analyzers.Tests.Usage;

/// <summary>SL0008: [Log] on a parameter whose name looks like a secret.</summary>
public class SL0008SecretLoggedTests
{
    private static DiagnosticResult SL0008(int location, string parameter, string method) =>
        Verify.Diagnostic(Descriptors.SecretLogged).WithLocation(location).WithArguments(parameter, method);

    [Theory]
    [InlineData("password")]
    [InlineData("userPassword")]
    [InlineData("passwd")]
    [InlineData("pwd")]
    [InlineData("clientSecret")]
    [InlineData("accessToken")]
    [InlineData("apiKey")]
    [InlineData("api_key")]
    [InlineData("ApiKey")]
    [InlineData("awsAccessKey")]
    [InlineData("private_key")]
    [InlineData("credential")]
    [InlineData("credentials")]
    [InlineData("connectionString")]
    [InlineData("CONNECTION_STRING")]
    [InlineData("passphrase")]
    public Task A_secret_looking_name_is_reported_on_the_parameter(string name) => Verify.VerifyAnalyzerAsync($$"""
        using StepLog;
        public partial class Login
        {
            [Operation("Sign in")]
            public partial void SignIn([Log] string user, [Log] string {|#0:{{name}}|});
            private void SignInCore(string user, string {{name}}) { }
        }
        """, SL0008(0, name, "SignIn"));

    [Fact]
    public Task A_secret_looking_log_key_is_reported_too() => Verify.VerifyAnalyzerAsync("""
        using StepLog;
        public partial class Client
        {
            [Step(1, "Call")]
            public partial void Call([Log("api_key")] string {|#0:value|});
            private void CallCore(string value) { }
        }
        """, SL0008(0, "value", "Call"));

    [Fact]
    public Task Keys_counts_cancellation_tokens_and_unlogged_secrets_are_clean() => Verify.VerifyAnalyzerAsync("""
        using System.Threading;
        using StepLog;
        public partial class Cache
        {
            [Step(1, "Look up")]
            public partial void Lookup(
                [Log] string key,
                [Log] string cacheKey,
                [Log] string provider,
                [Log] int maxTokens,
                [Log] long? tokenCount,
                [Log] bool hasPassword,
                [Log] CancellationToken cancellationToken,
                string password);
            private void LookupCore(string key, string cacheKey, string provider, int maxTokens, long? tokenCount,
                bool hasPassword, CancellationToken cancellationToken, string password) { }
        }
        """);
}
