using System;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace StepLog;

/// <summary>
/// Registered by <c>AddStepLog()</c> as a logger provider, because the container builds every provider when it builds
/// its <see cref="ILoggerFactory"/>: that is the moment to point StepLog's default loggers at the container's factory.
/// The factory is resolved at the first line logged, since resolving it from inside its own construction would recurse.
/// It writes nothing itself.
/// </summary>
internal sealed class DefaultFactoryBridge : ILoggerProvider
{
    private readonly ContainerFactory _factory;

    public DefaultFactoryBridge(IServiceProvider services)
    {
        _factory = new ContainerFactory(services);
        StepLogging.UseLoggerFactory(_factory);
    }

    public ILogger CreateLogger(string categoryName) => NullLogger.Instance;

    public void Dispose()
    {
        // A disposed container's factory must not stay StepLog's default.
        if (ReferenceEquals(StepLogging.LoggerFactory, _factory))
        {
            StepLogging.UseLoggerFactory(null);
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
