using StepLog;

namespace Cases;

// The method became async; its body kept the old name. SL0003 names it and says to rename it.
public partial class Payments
{
    private readonly decimal _fee = 0.3m;

    [Operation("Charge")]
    public partial Task<int> ChargeAsync(string card, decimal amount); // expect: error SL0003

    private async Task<int> ChargeCore(string card, decimal amount)
    {
        await Task.Yield();
        return card.Length + (int)(amount + _fee);
    }
}
