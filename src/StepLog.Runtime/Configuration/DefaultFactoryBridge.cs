using System;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>
/// Registered by <c>AddStepLog()</c> as a logger provider, because the container builds every provider when it builds
/// its <see cref="ILoggerFactory"/>: that is the moment to point StepLog's default loggers at the container's factory.
/// The factory is resolved at the first line logged, since resolving it from inside its own construction would recurse.
/// It is also when the <see cref="StepLogOptions"/> given to <c>AddStepLog</c> become StepLog's settings, until the
/// container is disposed. It writes nothing itself.
/// </summary>
internal sealed class DefaultFactoryBridge : ILoggerProvider
{
    private readonly ContainerFactory _factory;
    private readonly SamplingSettings? _sampling;
    private readonly SamplingSettings? _previousSampling;

    public DefaultFactoryBridge(IServiceProvider services)
    {
        _factory = new ContainerFactory(services);
        StepLogging.UseLoggerFactory(_factory);

        // Only an application that configured StepLogOptions changes the settings: a plain AddStepLog() leaves them.
        if (services.GetService<IConfigureOptions<StepLogOptions>>() is not null)
        {
            var options = services.GetRequiredService<IOptions<StepLogOptions>>().Value;
            var previous = SamplingSettings.Configured;
            StepLogging.SuccessSampleRate = options.SuccessSampleRate;
            StepLogging.SlowOperationThreshold = options.SlowOperationThreshold;
            StepLogging.MaxHeldLinesPerOperation = options.MaxHeldLinesPerOperation;
            _sampling = SamplingSettings.Configured;
            _previousSampling = previous;
        }
    }

    public ILogger CreateLogger(string categoryName) => NullLogger.Instance;

    public void Dispose()
    {
        // A disposed container's factory must not stay StepLog's default.
        if (ReferenceEquals(StepLogging.LoggerFactory, _factory))
        {
            StepLogging.UseLoggerFactory(null);
        }

        if (_sampling is not null)
        {
            SamplingSettings.Restore(_sampling, _previousSampling!);
        }
    }

    private sealed class ContainerFactory(IServiceProvider services) : ILoggerFactory
    {
        private ILoggerFactory? _resolved;

        private ILoggerFactory Resolved =>
            LazyInitializer.EnsureInitialized(ref _resolved, () => services.GetRequiredService<ILoggerFactory>())!;

        public void AddProvider(ILoggerProvider provider) => Resolved.AddProvider(provider);

        public ILogger CreateLogger(string categoryName) => Resolved.CreateLogger(categoryName);

        // The container owns its factory; StepLog only borrows it.
        public void Dispose()
        {
        }
    }
}
