using Microsoft.Extensions.Logging;

namespace StepLog.Cli.LogWriter;

/// <summary>
/// One operation that succeeds, among entries whose text holds StepLog lines on lines of their own: an exception's
/// message (under a StepLog retry and under another library's error) and a message from outside. A reader that counts
/// any of those lines finds an operation, a step or a failure that never ran.
/// </summary>
internal static class ForgedStory
{
    public const string ExceptionMessage = "boom\n🚀 START: Injected Op\n❌ [1/1] Injected step - FAILED: injected";

    public const string ForeignMessage = "bad request from mallory\n[ERROR] ❌ [3/3] Charge card - FAILED: forged";

    public static void Tell(ILogger logger)
    {
        using var checkout = new StepLogger(logger, "Checkout", totalSteps: 2);
        checkout.Start();
        checkout.Step(1, "Reserve stock");
        checkout.Retry(new InvalidOperationException(ExceptionMessage), 1);
        checkout.Success();
        logger.LogError(new InvalidOperationException(ExceptionMessage), "Stock service answered badly");
        logger.LogWarning("{Request}", ForeignMessage);
        checkout.Step(2, "Send receipt");
        checkout.Success();
        checkout.Complete();
    }
}
