namespace StepLog.Samples.LeadBatch;

/// <summary>Generated leads, the same on every run so that a resumed run meets the leads of the first.</summary>
internal static class Leads
{
    private static readonly string[] First = ["Acme", "Maria", "Globex", "Jonas", "Initech", "Aiko", "Umbrela", "Omar", "Hooly", "Lena"];
    private static readonly string[] Last = ["Inc", "Garcia", "Ltd", "Berg", "Systems", "Tanaka", "Corp", "Haddad", "Labs", "Novak"];

    public static IEnumerable<Lead> Generate(int count)
    {
        var random = new Random(500);
        for (var i = 1; i <= count; i++)
        {
            var name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]} #{i}";
            var roll = random.NextDouble();

            // About 4% of the LLM calls fail and 1% hang past the item timeout.
            var latency = roll < 0.01 ? 5_000 : random.Next(50, 400);
            yield return new Lead(name, latency, Fails: roll is >= 0.01 and < 0.05);
        }
    }
}
