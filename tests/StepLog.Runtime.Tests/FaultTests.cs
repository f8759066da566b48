using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Logging never gets in the user's way: faults of providers and values cost a line or a value, never the program.</summary>
[Collection(StaticStateCollection.Name)]
public class FaultTests
{
    [Fact]
    public void A_provider_that_throws_never_reaches_user_code_and_is_reported()
    {
        var faults = new List<Exception>();
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = faults.Add;
        try
        {
            using var op = new StepLogger(new ThrowingLogger(), "Op", 2);
            op.Start();
            op.Step(1, "Work");
            op.Success();
            op.Complete();
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }

        Assert.Equal(4, faults.Count);
        Assert.All(faults, f => Assert.Equal("provider is broken", f.Message));
    }

    [Fact]
    public void A_provider_whose_IsEnabled_throws_is_treated_as_disabled()
    {
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = null;
        try
        {
            using var op = new StepLogger(new ThrowingLogger(throwOnIsEnabled: true), "Op", 1);
            op.Start();
            op.Step(1, "Work");
            op.Success();
            op.Complete();
            Assert.False(op.IsRunning);
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }
    }

    [Fact]
    public void A_value_whose_ToString_throws_leaves_a_marker_and_the_line()
    {
        var capture = new LogCapture();
        using var op = new StepLogger(capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("bad", new BadValue()), ("good", 1));

        Assert.Equal("🚀 START: Op (bad=<error: InvalidOperationException>, good=1)", capture.Lines[0]);
    }

    [Fact]
    public void A_huge_value_is_cut_with_a_marker()
    {
        var capture = new LogCapture();
        using var op = new StepLogger(capture.CreateLogger("Tests"), "Op", 1);
        op.Start(("blob", new string('x', 5000)));

        Assert.Equal("🚀 START: Op (blob=" + new string('x', 1024) + "…(+3976 chars))", capture.Lines[0]);
    }

    [Fact]
    public void Null_keys_names_and_reasons_do_not_throw()
    {
        var capture = new LogCapture();
        using var op = new StepLogger(capture.CreateLogger("Tests"), "Op", 1);
        op.Start((null!, 1));
        op.Step(1, null!);
        op.Skip(null!);
        op.Step(1, "Again");
        op.Failure(null!);

        Assert.Equal("🚀 START: Op (_=1)", capture.Lines[0]);
        Assert.Equal("⏭️  [1/1] null - SKIPPED: (no reason given)", capture.Lines[2]);
        Assert.StartsWith("❌ [1/1] Again - FAILED: (no exception given) (duration_ms=", capture.Lines[4]);
    }

    [Fact]
    public void An_exception_whose_Message_throws_leaves_a_marker_and_is_not_replaced()
    {
        var capture = new LogCapture();
        var error = new BadMessageException();
        using var op = new StepLogger(capture.CreateLogger("Tests"), "Op", 1);
        op.Start();
        op.Step(1, "Work");

        op.Failure(error);
        op.Complete(error);

        Assert.Equal("❌ [1/1] Work - FAILED: <error: NotSupportedException> (duration_ms=#)", Normalize(capture.Lines[2]));
        Assert.StartsWith("🏁 COMPLETE: Op (status=failed, error=<error: NotSupportedException>, total_duration_ms=", capture.Lines[3]);
        Assert.Same(error, capture.Entries[2].Exception);
    }

    [Fact]
    public void The_users_exception_passes_through_Failure_and_Complete_untouched()
    {
        var capture = new LogCapture();
        var thrown = Record.Exception(() => Fail(capture.CreateLogger("Tests")));

        var error = Assert.IsType<InvalidOperationException>(thrown);
        Assert.Equal("original", error.Message);
        Assert.Contains(nameof(ThrowDeep), error.StackTrace);
        Assert.Same(error, capture.Entries.Single(e => e.Level == LogLevel.Error && e.Exception is not null).Exception);
        Assert.Empty(error.Data);

        static void Fail(ILogger logger)
        {
            var op = new StepLogger(logger, "Op", 1);
            op.Start();
            op.Step(1, "Work");
            try
            {
                ThrowDeep();
            }
            catch (Exception e)
            {
                op.Failure(e);
                op.Complete(e);
                throw;
            }
        }
    }

    [Fact]
    public void Misuse_of_the_constructor_is_a_clear_error()
    {
        var logger = new LogCapture().CreateLogger("Tests");
        Assert.Equal("logger", Assert.Throws<ArgumentNullException>(() => new StepLogger(null!, "Op")).ParamName);
        Assert.Equal("operationName", Assert.Throws<ArgumentNullException>(() => new StepLogger(logger, null!)).ParamName);
        Assert.Equal("totalSteps", Assert.Throws<ArgumentOutOfRangeException>(() => new StepLogger(logger, "Op", -1)).ParamName);
    }

    private static void ThrowDeep() => throw new InvalidOperationException("original");

    private static string Normalize(string line) => System.Text.RegularExpressions.Regex.Replace(line, @"duration_ms=[\d.]+", "duration_ms=#");

    private sealed class BadMessageException : Exception
    {
        public override string Message => throw new NotSupportedException("no message");
    }

    private sealed class BadValue
    {
        public override string ToString() => throw new InvalidOperationException("no text");
    }

    private sealed class ThrowingLogger(bool throwOnIsEnabled = false) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => throwOnIsEnabled ? throw new InvalidOperationException("provider is broken") : true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new InvalidOperationException("provider is broken");
    }
}

/// <summary>Tests that change StepLog's process-wide settings run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StaticStateCollection
{
    public const string Name = "StepLog static state";
}
