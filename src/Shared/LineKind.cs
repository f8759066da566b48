// The kinds of line: one definition for every project that compiles src/Shared. The runtime compiles it (with
// STEPLOG_RUNTIME) as its public StepEvent, and names it LineKind too, so that the shared rules take the runtime's
// kind as it is; the analyzers, the generator and the steplog tool compile it as the internal LineKind.
#if STEPLOG_RUNTIME
global using LineKind = StepLog.StepEvent;

namespace StepLog;

/// <summary>The kinds of line StepLog writes. Each is also the <see cref="Microsoft.Extensions.Logging.EventId"/> of its log entries.</summary>
public enum StepEvent
#else
namespace StepLog.Shared;

/// <summary>The kinds of line StepLog writes: the runtime's public <c>StepEvent</c>, which is this same definition.</summary>
internal enum LineKind
#endif
{
    /// <summary><c>🚀 START: {operation}</c></summary>
    OperationStart = 1,

    /// <summary><c>▶️  [n/N] {step}</c></summary>
    StepStart = 2,

    /// <summary><c>✅ [n/N] {step} - SUCCESS (..., duration_ms=…)</c></summary>
    StepSuccess = 3,

    /// <summary><c>❌ [n/N] {step} - FAILED: {message} (..., duration_ms=…)</c></summary>
    StepFailure = 4,

    /// <summary><c>⏭️  [n/N] {step} - SKIPPED: {reason}</c></summary>
    StepSkipped = 5,

    /// <summary><c>⏹️  [n/N] {step} - CANCELLED (duration_ms=…)</c></summary>
    StepCancelled = 6,

    /// <summary><c>🏁 COMPLETE: {operation} (..., total_duration_ms=…)</c></summary>
    OperationComplete = 7,

    /// <summary><c>⚠️ INCOMPLETE: {operation} (last_step=n/N, total_duration_ms=…)</c>: disposed without Complete.</summary>
    OperationIncomplete = 8,

    /// <summary><c>⚠️  [n/N] {step} - WARNING: {message} (..., duration_ms=…)</c>: the step completed with a warning.</summary>
    StepWarning = 9,

    /// <summary><c>🔁 [n/N] {step} - RETRY {attempt}: {message} (..., duration_ms=…)</c>: a recoverable error; the step goes on.</summary>
    StepRetry = 10,

    /// <summary><c>📊 PROGRESS: {batch} {done}/{total} (percentage=…, rate_per_second=…, elapsed_seconds=…, eta_seconds=…)</c></summary>
    BatchProgress = 11,

    /// <summary><c>⏹️  INTERRUPTED: {batch} (processed=…, total=…, succeeded=…, failed=…, total_duration_ms=…)</c></summary>
    BatchInterrupted = 12,
}
