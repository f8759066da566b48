using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Configuration;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace StepLog;

/// <summary>Wires StepLog into an application's Microsoft.Extensions.Logging setup.</summary>
public static class StepLogServiceExtensions
{
    /// <summary>
    /// Adds the console logger with the <c>steplog</c> formatter, and makes this builder's <see cref="ILoggerFactory"/>
    /// the one that StepLog's default loggers (generated code in types without a logger) write to.
    /// </summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Formatter options: symbols, indentation, timestamps.</param>
    public static ILoggingBuilder AddStepLog(this ILoggingBuilder builder, Action<StepLogConsoleFormatterOptions>? configure = null)
    {
        builder.AddStepLogConsole(configure);
        builder.Services.AddOptions<StepLogOptions>().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StepLogOptions>, StepLogOptions.Validation>());
        StepLogParts.Add(builder.Services, parts => parts.LoggerFactory = true);
        return builder;
    }

    /// <summary>
    /// Adds StepLog as <see cref="AddStepLog(ILoggingBuilder, Action{StepLogConsoleFormatterOptions}?)"/> does, with
    /// StepLog's own settings (sampling of successful operations), which apply from the moment the container builds its
    /// <see cref="ILoggerFactory"/>: <c>builder.AddStepLog(options =&gt; options.SuccessSampleRate = 0.1)</c>. They are
    /// <see cref="IOptions{TOptions}"/> like any others (also to bind from configuration with
    /// <c>services.AddOptions&lt;StepLogOptions&gt;().Bind(...)</c>), checked when first read and when a host starts.
    /// </summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">StepLog's settings.</param>
    /// <param name="console">Formatter options: symbols, indentation, timestamps.</param>
    public static ILoggingBuilder AddStepLog(this ILoggingBuilder builder, Action<StepLogOptions> configure, Action<StepLogConsoleFormatterOptions>? console = null)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        builder.Services.AddOptions<StepLogOptions>().Configure(configure);
        return builder.AddStepLog(console);
    }

    /// <summary>Adds logging with <see cref="AddStepLog(ILoggingBuilder, Action{StepLogConsoleFormatterOptions}?)"/> to the services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Formatter options: symbols, indentation, timestamps.</param>
    public static IServiceCollection AddStepLog(this IServiceCollection services, Action<StepLogConsoleFormatterOptions>? configure = null) =>
        services.AddLogging(builder => builder.AddStepLog(configure));

    /// <summary>Adds logging with <see cref="AddStepLog(ILoggingBuilder, Action{StepLogOptions}, Action{StepLogConsoleFormatterOptions}?)"/> to the services.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">StepLog's settings.</param>
    /// <param name="console">Formatter options: symbols, indentation, timestamps.</param>
    public static IServiceCollection AddStepLog(this IServiceCollection services, Action<StepLogOptions> configure, Action<StepLogConsoleFormatterOptions>? console = null)
    {
        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        return services.AddLogging(builder => builder.AddStepLog(configure, console));
    }

    /// <summary>Adds the console logger with the <c>steplog</c> formatter, and nothing else.</summary>
    /// <param name="builder">The logging builder.</param>
    /// <param name="configure">Formatter options: symbols, indentation, timestamps.</param>
#if NET
    [System.Diagnostics.CodeAnalysis.DynamicDependency(System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties, typeof(StepLogConsoleFormatterOptions))]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Binding reads the public properties of StepLogConsoleFormatterOptions, which the DynamicDependency keeps.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "StepLogConsoleFormatterOptions has only enum, bool, int and string properties, which binding handles without dynamic code.")]
#endif
    public static ILoggingBuilder AddStepLogConsole(this ILoggingBuilder builder, Action<StepLogConsoleFormatterOptions>? configure = null)
    {
        builder.AddConsole(options => options.FormatterName = StepLogConsoleFormatter.FormatterName);
        builder.AddConsoleFormatter<StepLogConsoleFormatter, StepLogConsoleFormatterOptions>(options =>
        {
            configure?.Invoke(options);
            if (options.Symbols == StepSymbols.Emoji)
            {
                DefaultConsole.EnsureUtf8Output();
            }
        });
        return builder;
    }
}
