namespace StepLog.Cli;

/// <summary>The exit codes every command shares, so that scripts and cron jobs can tell the cases apart.</summary>
internal static class ExitCodes
{
    /// <summary>Done, and nothing the command looks for was found.</summary>
    public const int Success = 0;

    /// <summary>Done, and something was found: a failed batch, a failed step, an error.</summary>
    public const int Found = 1;

    /// <summary>Could not run: a missing file, a store that cannot be opened, a bad argument.</summary>
    public const int InputError = 2;

    /// <summary>Stopped by Ctrl-C (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
