using Microsoft.Extensions.Logging;
using StepLog.Generated.Tests.Subjects;

namespace StepLog.Generated.Tests;

/// <summary>
/// A logger that throws never reaches the code of a generated operation or step: not from IsEnabled (checked inline in
/// the wrapper), not from Log. The call returns its result and the fault goes to StepLogging.LoggingFault.
/// </summary>
[Collection(nameof(GlobalFactory))] // LoggingFault is process-wide
public class FaultTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_throwing_logger_costs_the_lines_never_the_call(bool throwOnIsEnabled)
    {
        var faults = new List<Exception>();
        var previous = StepLogging.LoggingFault;
        StepLogging.LoggingFault = faults.Add;
        try
        {
            var logger = new ThrowingLogger(throwOnIsEnabled);

            Assert.Equal(10, new MeasuredOperation(logger, new MeasuredOperation(logger)).Run(1));
            Assert.Equal(3, new Measured(logger).Sync(2, "n"));
            Assert.Equal(7, await new Measured(logger).TaskOfT(1));
            Assert.Equal(2834, await new ModelSync(new LoggerOf<ModelSync>(logger), new FakeProviderClient(2834, 0) { Yield = true }).SyncAsync("p", CancellationToken.None));
        }
        finally
        {
            StepLogging.LoggingFault = previous;
        }

        Assert.NotEmpty(faults);
        Assert.All(faults, f => Assert.Equal("provider is broken", f.Message));
    }

    private sealed class ThrowingLogger(bool throwOnIsEnabled) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => throwOnIsEnabled ? throw new InvalidOperationException("provider is broken") : true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            throw new InvalidOperationException("provider is broken");
    }

    private sealed class LoggerOf<T>(ILogger inner) : ILogger<T>
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
