namespace StepLog.Dashboard.Seeder;

/// <summary>An order's processing: three planned steps; a negative amount fails the charge, so shipping stays Pending.</summary>
public partial class OrderProcessor
{
    [Operation("Process order")]
    public partial Task<int> ProcessAsync([Subject] string orderId, [Log] int amount);

    [Step(1, "Validate order")]
    private partial Task ValidateAsync(int amount);

    [Step(2, "Charge card", Result = "charged")]
    private partial Task<int> ChargeAsync(int amount);

    [Step(3, "Ship parcel")]
    private partial Task ShipAsync();

    private async Task<int> ProcessAsyncCore(string orderId, int amount)
    {
        await ValidateAsync(amount);
        var charged = await ChargeAsync(amount);
        await ShipAsync();
        return charged;
    }

    private Task ValidateAsyncCore(int amount) => Task.Delay(3);

    private async Task<int> ChargeAsyncCore(int amount)
    {
        await Task.Delay(5);
        return amount >= 0 ? amount : throw new InvalidOperationException(Seeded.DeclinedMessage);
    }

    private Task ShipAsyncCore() => Task.Delay(2);
}

/// <summary>A fulfilment whose first step runs a whole operation of its own: the nested run.</summary>
public partial class Fulfilment
{
    private readonly Packer _packer = new();

    [Operation("Fulfil order")]
    public partial Task FulfilAsync([Subject] string orderId);

    [Step(1, "Pack")]
    private partial Task PackAsync();

    [Step(2, "Hand to carrier")]
    private partial Task HandOverAsync();

    private async Task FulfilAsyncCore(string orderId)
    {
        await PackAsync();
        await HandOverAsync();
    }

    private Task PackAsyncCore() => _packer.PackParcelAsync(2);

    private Task HandOverAsyncCore() => Task.Delay(2);
}

/// <summary>The operation the fulfilment nests.</summary>
public partial class Packer
{
    [Operation("Pack parcel")]
    public partial Task PackParcelAsync([Log] int items);

    [Step(1, "Choose box")]
    private partial Task ChooseBoxAsync();

    [Step(2, "Seal box")]
    private partial Task SealAsync();

    private async Task PackParcelAsyncCore(int items)
    {
        await ChooseBoxAsync();
        await SealAsync();
    }

    private Task ChooseBoxAsyncCore() => Task.Delay(2);

    private Task SealAsyncCore() => Task.Delay(2);
}

/// <summary>One lead of a batch: an operation per item, so the item's steps are recorded under the item's id.</summary>
public partial class LeadImporter
{
    [Operation("Import lead")]
    public partial Task ImportAsync([Log] string lead);

    [Step(1, "Check e-mail")]
    private partial Task CheckAsync(string lead);

    private Task ImportAsyncCore(string lead) => CheckAsync(lead);

    private async Task CheckAsyncCore(string lead)
    {
        await Task.Delay(2);
        if (lead == Seeded.LeadWithoutEmail)
        {
            throw new InvalidOperationException(Seeded.NoEmailMessage);
        }
    }
}
