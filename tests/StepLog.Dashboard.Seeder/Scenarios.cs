namespace StepLog.Dashboard.Seeder;

/// <summary>The runs the dashboard's tests look at, run one after the other through StepLog's real API.</summary>
internal static class Scenarios
{
    public static async Task RunAsync()
    {
        var orders = new OrderProcessor();
        await orders.ProcessAsync(Seeded.GoodOrder, 40);
        await Expect<InvalidOperationException>(() => orders.ProcessAsync(Seeded.DeclinedOrder, -1));

        SyncWithRetry(Seeded.GoodOrder);
        AuditWithWarning(Seeded.GoodOrder);

        await new Fulfilment().FulfilAsync(Seeded.FulfilledOrder);

        var importer = new LeadImporter();
        await StepBatch.RunAsync(
            Seeded.ImportLeads,
            ["lead-1", "lead-2", Seeded.LeadWithoutEmail, "lead-4"],
            async (lead, _) => await importer.ImportAsync(lead),
            new StepBatchOptions { HandleSignals = false },
            itemId: lead => lead);

        Hostile(Seeded.XssSubject);
        Hostile(Seeded.XssImageSubject);
    }

    private static void SyncWithRetry(string orderId)
    {
        using var sync = new StepLogger(Seeded.SyncInventory, totalSteps: 1) { Subject = orderId };
        sync.Start();
        sync.Step(1, "Push stock");
        sync.Retry(new TimeoutException(Seeded.RetryMessage), attempt: 1);
        sync.Success(("pushed", 3));
        sync.Complete();
    }

    private static void AuditWithWarning(string orderId)
    {
        using var audit = new StepLogger(Seeded.AuditOrder, totalSteps: 1) { Subject = orderId };
        audit.Start();
        audit.Step(1, "Compare prices");
        audit.Warning(Seeded.WarningMessage, ("difference", 2.5));
        audit.Complete();
    }

    // Markup as a step name, a subject and an error message: the pages must show it as text.
    private static void Hostile(string subject)
    {
        using var hostile = new StepLogger(Seeded.HostileInput, totalSteps: 1) { Subject = subject };
        hostile.Start();
        hostile.Step(1, Seeded.XssStepName);
        var error = new InvalidOperationException(Seeded.XssMessage);
        hostile.Failure(error);
        hostile.Complete(error);
    }

    private static async Task Expect<TException>(Func<Task> run)
        where TException : Exception
    {
        try
        {
            await run();
        }
        catch (TException)
        {
            return; // recorded Failed by the operation: the point of the scenario
        }

        throw new InvalidOperationException($"The scenario expected a {typeof(TException).Name}, and none was thrown.");
    }
}
