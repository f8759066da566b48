using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StepLog.Cli.Dashboard;

/// <summary>Opens a URL in the user's default browser, the way each system does it.</summary>
internal static class BrowserLauncher
{
    public static bool TryOpen(Uri url, out string? problem)
    {
        problem = null;
        try
        {
            var start = RuntimeInformation.IsOSPlatform(OSPlatform.Linux) ? new ProcessStartInfo("xdg-open") { UseShellExecute = false }
                : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? new ProcessStartInfo("open") { UseShellExecute = false }
                : new ProcessStartInfo(url.AbsoluteUri) { UseShellExecute = true };
            if (!start.UseShellExecute)
            {
                start.ArgumentList.Add(url.AbsoluteUri);
            }

            using var opened = Process.Start(start);
            return true;
        }
        catch (Exception error) when (error is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            problem = error.Message;
            return false;
        }
    }
}
