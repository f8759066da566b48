using System;
using Microsoft.Extensions.Logging;

namespace StepLog;

/// <summary>Reads the zero-configuration level from <c>STEPLOG_LEVEL</c> (which wins) or <c>LOG_LEVEL</c>.</summary>
internal static class LevelSetting
{
    public const string StepLogVariable = "STEPLOG_LEVEL";
    public const string CommonVariable = "LOG_LEVEL";

    /// <summary>The level, and a warning to log when a variable holds something that is not a level.</summary>
    public static (LogLevel Level, string? Problem) Read(Func<string, string?> getVariable)
    {
        foreach (var name in new[] { StepLogVariable, CommonVariable })
        {
            var text = getVariable(name);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (TryParse(text!, out var level))
            {
                return (level, null);
            }

            return (LogLevel.Information,
                $"{name}='{text}' is not a log level, so StepLog logs at Information. " +
                "Use one of Trace (NOTSET), Debug, Information (INFO), Warning (WARN), Error, Critical, None.");
        }

        return (LogLevel.Information, null);
    }

    /// <summary>.NET's level names and the ones Python's logging uses (LOG_LEVEL=INFO, NOTSET), any case.</summary>
    public static bool TryParse(string text, out LogLevel level)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            // Python's NOTSET lets every record through: the lowest level.
            case "TRACE": case "VERBOSE": case "NOTSET": level = LogLevel.Trace; return true;
            case "DEBUG": level = LogLevel.Debug; return true;
            case "INFO": case "INFORMATION": level = LogLevel.Information; return true;
            case "WARN": case "WARNING": level = LogLevel.Warning; return true;
            case "ERROR": level = LogLevel.Error; return true;
            case "CRITICAL": case "FATAL": level = LogLevel.Critical; return true;
            case "NONE": case "OFF": level = LogLevel.None; return true;
            default: level = LogLevel.Information; return false;
        }
    }
}
