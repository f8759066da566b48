using System;
#if !NETSTANDARD2_0
using System.Runtime.InteropServices;
#endif

namespace StepLog;

/// <summary>
/// Turns SIGINT and SIGTERM into calls to the batch while it runs, instead of ending the process: on .NET 8 and later
/// through <c>PosixSignalRegistration</c> (both signals); on older runtimes through <see cref="Console.CancelKeyPress"/>
/// (Ctrl-C only). The batch says for each signal whether it took it; one it does not take does what it did before the
/// batch (end the process). Disposing removes the handlers, so that after the batch the signals do what they did before.
/// </summary>
internal sealed class BatchSignals : IDisposable
{
#if NETSTANDARD2_0
    private readonly ConsoleCancelEventHandler _handler;

    public BatchSignals(Func<bool> onSignal)
    {
        _handler = (_, e) => e.Cancel = onSignal();
        Console.CancelKeyPress += _handler;
    }

    public void Dispose() => Console.CancelKeyPress -= _handler;
#else
    private readonly PosixSignalRegistration? _interrupt;
    private readonly PosixSignalRegistration? _terminate;

    public BatchSignals(Func<bool> onSignal)
    {
        void Handle(PosixSignalContext context) => context.Cancel = onSignal();

        _interrupt = TryRegister(PosixSignal.SIGINT, Handle);
        _terminate = TryRegister(PosixSignal.SIGTERM, Handle);
    }

    public void Dispose()
    {
        _interrupt?.Dispose();
        _terminate?.Dispose();
    }

    // A platform without the signal (a browser, a mobile OS) runs the batch without the handler.
    private static PosixSignalRegistration? TryRegister(PosixSignal signal, Action<PosixSignalContext> handler)
    {
        try
        {
            return PosixSignalRegistration.Create(signal, handler);
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }
#endif
}
