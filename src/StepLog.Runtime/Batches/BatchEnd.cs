using System;
using Microsoft.Extensions.Logging;
using StepLog.Records;

namespace StepLog;

/// <summary>
/// How a batch ended, as each output names it, for <see cref="RunLifecycle.EndBatch"/>: the status word of its span
/// and its measurement (<c>success</c>, <c>interrupted</c>, <c>failed</c> or <c>cancelled</c>), its last record's
/// status and message, its last line and that line's level, the counts its span and record carry.
/// </summary>
/// <param name="Status">One of the line contract's status words (see <see cref="Shared.LineStatus"/>).</param>
/// <param name="Record">The last record's status: Warning when items failed, the batch having done its work.</param>
/// <param name="Message">The record's message; for an interrupted batch also its span's description.</param>
/// <param name="Failure">What the batch threw, when it threw.</param>
/// <param name="Milliseconds">How long it ran, on the batch's clock.</param>
/// <param name="Level">The last line's level: Warning for INTERRUPTED.</param>
/// <param name="Line">The last line: COMPLETE or INTERRUPTED.</param>
/// <param name="Counts">Processed, succeeded and failed, for the span's attributes and the record's details.</param>
internal readonly record struct BatchEnd(
    string Status, StepStatus Record, string? Message, Exception? Failure, double Milliseconds,
    LogLevel Level, BatchLine Line, StepMetadata<int, int, int> Counts);
