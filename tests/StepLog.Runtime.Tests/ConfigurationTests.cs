using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StepLog.Testing;

namespace StepLog.Runtime.Tests;

/// <summary>Zero configuration, and the one call that replaces it.</summary>
public class ConfigurationTests : IDisposable
{
    // Each test changes the logger factory in a configuration of its own: they run beside the others.
    private readonly IDisposable _configuration = ConfigurationSlot.BeginScope();

    public void Dispose() => _configuration.Dispose();

    [Theory]
    [InlineData("DEBUG", LogLevel.Debug)]
    [InlineData("info", LogLevel.Information)]
    [InlineData("Warning", LogLevel.Warning)]
    [InlineData("WARN", LogLevel.Warning)]
    [InlineData(" error ", LogLevel.Error)]
    [InlineData("critical", LogLevel.Critical)]
    [InlineData("Trace", LogLevel.Trace)]
    [InlineData("none", LogLevel.None)]
    [InlineData("NOTSET", LogLevel.Trace)]
    [InlineData("notset", LogLevel.Trace)]
    public void LOG_LEVEL_takes_dotnet_and_python_names(string text, LogLevel expected)
    {
        var (level, problem) = LevelSetting.Read(name => name == "LOG_LEVEL" ? text : null);

        Assert.Equal(expected, level);
        Assert.Null(problem);
    }

    [Fact]
    public void STEPLOG_LEVEL_wins_over_LOG_LEVEL()
    {
        var variables = new Dictionary<string, string> { ["LOG_LEVEL"] = "ERROR", ["STEPLOG_LEVEL"] = "DEBUG" };

        Assert.Equal(LogLevel.Debug, LevelSetting.Read(name => variables.GetValueOrDefault(name)).Level);
    }

    [Fact]
    public void No_variable_means_Information()
    {
        Assert.Equal((LogLevel.Information, (string?)null), LevelSetting.Read(_ => null));
    }

    [Fact]
    public void A_level_that_is_not_one_falls_back_to_Information_and_says_why()
    {
        var (level, problem) = LevelSetting.Read(name => name == "LOG_LEVEL" ? "verbose-ish" : null);

        Assert.Equal(LogLevel.Information, level);
        Assert.Contains("LOG_LEVEL='verbose-ish' is not a log level", problem);
        Assert.Contains("Information", problem);
    }

    [Fact]
    public void Default_loggers_follow_the_factory_they_are_given_even_when_created_before()
    {
        var logger = StepLogging.CreateLogger("My.Type");
        var first = new LogCapture();
        var second = new LogCapture();
        try
        {
            StepLogging.UseLoggerFactory(first);
            new StepLogger(logger, "One").Start();
            StepLogging.UseLoggerFactory(second);
            new StepLogger(logger, "Two").Start();
        }
        finally
        {
            StepLogging.UseLoggerFactory(null);
        }

        Assert.Equal(["🚀 START: One"], first.Lines);
        Assert.Equal(["🚀 START: Two"], second.Lines);
        Assert.Equal("My.Type", second.Entries[0].Category);
    }

    [Fact]
    public void AddStepLog_points_the_default_loggers_at_the_container()
    {
        var capture = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddStepLog().AddProvider(capture));
        try
        {
            using (var provider = services.BuildServiceProvider())
            {
                _ = provider.GetRequiredService<ILoggerFactory>();
                new StepLogger(StepLogging.CreateLogger("Hosted"), "In the host").Start();
                Assert.Equal(["🚀 START: In the host"], capture.Lines);
            }

            // The container is gone: its factory must not stay StepLog's default.
            Assert.IsNotType<LogCapture>(StepLogging.LoggerFactory);
            new StepLogger(StepLogging.CreateLogger("Hosted"), "After the host").Start();
            Assert.Single(capture.Lines);
        }
        finally
        {
            StepLogging.UseLoggerFactory(null);
        }
    }

    [Fact]
    public void AddStepLog_and_AddStepRecords_configure_StepLog_without_a_logger_provider_that_logs_nothing()
    {
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddStepLog());
        services.AddStepRecords(records => records.UseInMemory());
        try
        {
            using var provider = services.BuildServiceProvider();
            _ = provider.GetRequiredService<ILoggerFactory>();

            // The only providers are loggers that write (the console); StepLog's configuration took effect all the same.
            Assert.DoesNotContain(provider.GetServices<ILoggerProvider>(), p => p.GetType().Assembly == typeof(StepLogger).Assembly);
            Assert.Same(provider.GetRequiredService<StepLog.Records.IStepStore>(), ConfigurationSlot.Current.Sinks?.Store);
        }
        finally
        {
            StepLogging.UseLoggerFactory(null);
        }
    }

    [Fact]
    public void AddStepLog_registers_the_steplog_console_formatter()
    {
        var services = new ServiceCollection();
        services.AddStepLog(options => options.Symbols = StepSymbols.Ascii);
        try
        {
            using var provider = services.BuildServiceProvider();
            var formatters = provider.GetServices<Microsoft.Extensions.Logging.Console.ConsoleFormatter>();
            Assert.Contains(formatters, f => f.Name == StepLogConsoleFormatterOptions.FormatterName);
            var options = provider.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>>();
            Assert.Equal("steplog", options.CurrentValue.FormatterName);
        }
        finally
        {
            StepLogging.UseLoggerFactory(null);
        }
    }

    [Fact]
    public void StepLogOptions_out_of_range_are_an_error_that_names_each_option()
    {
        var services = new ServiceCollection().AddLogging(builder => builder.AddStepLog(options =>
        {
            options.SuccessSampleRate = 1.5;
            options.MaxHeldLinesPerOperation = 0;
        }));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => provider.GetRequiredService<ILoggerFactory>());

        Assert.Contains("StepLogOptions.SuccessSampleRate is 1.5", error.Message);
        Assert.Contains("from 0 (none) to 1", error.Message);
        Assert.Contains("StepLogOptions.MaxHeldLinesPerOperation is 0", error.Message);
        Assert.Equal(1.0, StepLogging.SuccessSampleRate);
    }

    [Fact]
    public void StepLogOptions_configured_the_Microsoft_Extensions_way_become_StepLogs_settings()
    {
        var services = new ServiceCollection();
        services.AddOptions<StepLogOptions>().Configure(options => options.SlowOperationThreshold = TimeSpan.FromSeconds(3));
        services.AddStepLog();
        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>();
            Assert.Equal(TimeSpan.FromSeconds(3), StepLogging.SlowOperationThreshold);
        }

        Assert.Null(StepLogging.SlowOperationThreshold);
    }

    [Fact]
    public void A_container_applies_its_factory_sampling_and_store_together_and_takes_back_only_what_is_still_its_own()
    {
        var capture = new LogCapture();
        var services = new ServiceCollection();
        services.AddLogging(builder => builder.AddStepLog(options => options.SuccessSampleRate = 0.5).AddProvider(capture));
        services.AddStepRecords(records => records.UseInMemory());
        using var mine = new StepLog.Records.InMemoryStepStore();

        using (var provider = services.BuildServiceProvider())
        {
            provider.GetRequiredService<ILoggerFactory>();
            Assert.Equal(0.5, StepLogging.SuccessSampleRate);
            Assert.Same(provider.GetRequiredService<StepLog.Records.IStepStore>(), StepLogging.StepStore);
            StepLogging.CreateLogger("Hosted").LogInformation("In the container");

            // Set by the application since: the container's disposal must leave them.
            StepLogging.SuccessSampleRate = 0.2;
            StepLogging.UseStepStore(mine);
        }

        Assert.Equal(0.2, StepLogging.SuccessSampleRate);
        Assert.Same(mine, StepLogging.StepStore);
        Assert.IsNotType<LogCapture>(StepLogging.LoggerFactory);
        Assert.Equal(["In the container"], capture.Lines);
    }
}
