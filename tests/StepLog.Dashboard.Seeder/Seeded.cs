namespace StepLog.Dashboard.Seeder;

/// <summary>The names and texts the seeded runs use, for the tests to look for.</summary>
public static class Seeded
{
    /// <summary>Processed, then synced with a retry, then audited with a warning: three runs of one subject, in this order.</summary>
    public const string GoodOrder = "order-1001";

    /// <summary>Fails at "Charge card"; "Ship parcel" stays Pending.</summary>
    public const string DeclinedOrder = "order-1002";

    /// <summary>Fulfilled: "Pack parcel" runs nested in its first step.</summary>
    public const string FulfilledOrder = "order-1003";

    public const string ProcessOrder = "Process order";
    public const string SyncInventory = "Sync inventory";
    public const string AuditOrder = "Audit order";
    public const string FulfilOrder = "Fulfil order";
    public const string PackParcel = "Pack parcel";
    public const string ImportLeads = "Import leads";
    public const string LiveImport = "Live import";
    public const string HostileInput = "Hostile input";

    public const string DeclinedMessage = "card declined";
    public const string RetryMessage = "warehouse timeout";
    public const string WarningMessage = "price changed since checkout";
    public const string NoEmailMessage = "lead has no e-mail";
    public const string LeadWithoutEmail = "lead-3";

    /// <summary>Markup that would run script if a page wrote it as HTML; each sets <c>window.__xss</c>.</summary>
    public const string XssStepName = "<img src=x onerror=\"window.__xss='step'\">";
    public const string XssSubject = "<script>window.__xss='subject'</script>";
    public const string XssImageSubject = "<img src=x onerror=\"window.__xss='subject-img'\">";
    public const string XssMessage = "<img src=x onerror=\"window.__xss='error'\"><script>window.__xss='error-script'</script>";
}
