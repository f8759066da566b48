namespace StepLog.Cli.Commands;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Read and reported; nothing that <c>--fail-on</c> names was found.</summary>
    public const int Ok = 0;

    /// <summary>What <c>--fail-on</c> names was found (failed, incomplete or slow), for CI pipelines and cron jobs.</summary>
    public const int Found = 1;

    /// <summary>The command could not run: a missing or unreadable file, a bad option value.</summary>
    public const int Error = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
