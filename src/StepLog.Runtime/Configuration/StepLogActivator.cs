using System;
using System.Threading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// Makes what a container configured for StepLog (its logger factory, its <see cref="StepLogOptions"/>, its store) the
/// configuration StepLog runs with, in one swap, and takes each part back when the container is disposed, if it is
/// still the container's.
/// </summary>
/// <remarks>
/// It configures the container's <see cref="LoggerFactoryOptions"/>, registered by <c>AddStepLog</c> and
/// <c>AddStepRecords</c> alike, because building the container's <see cref="ILoggerFactory"/> (whose constructor reads
/// those options) is the one moment that every application goes through: a host builds it when it is built, and a
/// console app or a test that uses the <see cref="IServiceProvider"/> directly never starts a host, so a hosted service
/// would leave its default loggers on the console and its store unused (and the runtime would depend on the hosting
/// abstractions for it). It changes no option; it applies StepLog's configuration once, however often the options are
/// made (a monitor or a snapshot makes them again), and the container disposes it with its other singletons.
/// </remarks>
internal sealed class StepLogActivator : IConfigureOptions<LoggerFactoryOptions>, IDisposable
{
    private readonly ConfigurationSlot _slot;
    private readonly ILoggerFactory? _factory;
    private readonly SamplingSettings? _sampling;
    private readonly IStepStore? _store;
    private SamplingSettings? _previousSampling;
    private int _applied;

    public StepLogActivator(IServiceProvider services, IOptions<StepLogParts> parts)
    {
        _slot = ConfigurationSlot.Active;

        // Only an application that configured StepLogOptions changes the sampling: a plain AddStepLog() leaves it.
        // Reading the options validates them, so that bad settings are an error naming them, not a later surprise.
        if (services.GetService<IConfigureOptions<StepLogOptions>>() is not null)
        {
            _sampling = services.GetRequiredService<IOptions<StepLogOptions>>().Value.ToSampling();
        }

        _factory = parts.Value.LoggerFactory ? new ContainerFactory(services) : null;
        _store = parts.Value.Store ? services.GetRequiredService<IStepStore>() : null;
    }

    public void Configure(LoggerFactoryOptions options)
    {
        if (Interlocked.Exchange(ref _applied, 1) == 0)
        {
            _slot.Update(Apply);
        }
    }

    public void Dispose()
    {
        if (Volatile.Read(ref _applied) == 1)
        {
            _slot.Update(Restore);
        }
    }

    private StepLogConfiguration Apply(StepLogConfiguration configuration)
    {
        if (_factory is not null)
        {
            configuration = configuration.WithLoggerFactory(_factory);
        }

        if (_sampling is not null)
        {
            _previousSampling = configuration.Sampling;
            configuration = configuration.WithSampling(_sampling);
        }

        if (_store is not null)
        {
            configuration = configuration.WithSinks(new RecordSinks(_store, configuration.Sinks?.Observers ?? []));
        }

        return configuration;
    }

    // A disposed container's factory and store must not stay StepLog's; what another owner set since is left alone.
    private StepLogConfiguration Restore(StepLogConfiguration configuration)
    {
        if (_factory is not null && ReferenceEquals(configuration.LoggerFactory, _factory))
        {
            configuration = configuration.WithLoggerFactory(null);
        }

        if (_sampling is not null && ReferenceEquals(configuration.Sampling, _sampling))
        {
            configuration = configuration.WithSampling(_previousSampling!);
        }

        if (_store is not null && configuration.Sinks is { } sinks && ReferenceEquals(sinks.Store, _store))
        {
            configuration = configuration.WithSinks(new RecordSinks(null, sinks.Observers));
        }

        return configuration;
    }

    // Resolved at the first line logged, since resolving the factory from inside its own construction would recurse.
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

/// <summary>Which parts of StepLog's configuration a container provides, set by the <c>Add*</c> methods that add them.</summary>
internal sealed class StepLogParts
{
    /// <summary><c>AddStepLog</c>: default loggers write to the container's factory.</summary>
    public bool LoggerFactory { get; set; }

    /// <summary><c>AddStepRecords</c>: step records go to the container's <see cref="IStepStore"/>.</summary>
    public bool Store { get; set; }

    /// <summary>Registers the activator and notes <paramref name="part"/> as one the container provides.</summary>
    public static void Add(IServiceCollection services, Action<StepLogParts> part)
    {
        services.AddOptions<StepLogParts>().Configure(part);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<LoggerFactoryOptions>, StepLogActivator>());
    }
}
