using Microsoft.Extensions.Logging;

namespace StepLog.Samples.LeadBatch;

/// <summary>
/// Classifies a lead's name as a company or a person: a rule on legal suffixes, then a phonetic match against known
/// company names, then a slow "LLM" that sometimes fails and sometimes hangs. Every attempt is an operation logged at
/// Debug, nested under the batch, so the console stays clean and the session file holds the detail.
/// </summary>
internal sealed class LeadClassifier(ILogger logger)
{
    private static readonly string[] LegalSuffixes = ["Inc", "Ltd", "GmbH", "LLC", "Corp"];
    private static readonly HashSet<string> KnownCompanies = new(new[] { "Acme", "Globex", "Initech", "Umbrella", "Hooli" }.Select(Phonetic));

    public async ValueTask<string> ClassifyAsync(Lead lead, CancellationToken token)
    {
        using var op = new StepLogger(logger, "Classify " + lead.Name, totalSteps: 3, LogLevel.Debug);
        op.Start(("lead", lead.Name));

        op.Step(1, "Rule", ("suffixes", LegalSuffixes.Length));
        if (LegalSuffixes.Any(s => lead.Name.EndsWith(" " + s, StringComparison.Ordinal)))
        {
            op.Success(("verdict", "company"));
            op.Complete(("method", "rule"));
            return "company";
        }

        op.Skip("no legal suffix");

        op.Step(2, "Phonetic", ("code", Phonetic(lead.Name)));
        if (KnownCompanies.Contains(Phonetic(lead.Name)))
        {
            op.Success(("verdict", "company"));
            op.Complete(("method", "phonetic"));
            return "company";
        }

        op.Skip("no phonetic match");

        op.Step(3, "LLM fallback", ("latency_ms", lead.LatencyMs));
        try
        {
            await Task.Delay(lead.LatencyMs, token);
            if (lead.Fails)
            {
                throw new InvalidOperationException("LLM returned no verdict");
            }

            op.Success(("verdict", "person"));
            op.Complete(("method", "llm"));
            return "person";
        }
        catch (Exception error)
        {
            op.Failure(error);
            op.Complete(error);
            throw;
        }
    }

    // A coarse code: the first letter and the consonant classes that follow, as Soundex does.
    private static string Phonetic(string name)
    {
        var word = name.Split(' ')[0].ToUpperInvariant();
        var code = new System.Text.StringBuilder().Append(word[0]);
        foreach (var c in word.Skip(1))
        {
            var digit = c switch
            {
                'B' or 'F' or 'P' or 'V' => '1',
                'C' or 'G' or 'J' or 'K' or 'Q' or 'S' or 'X' or 'Z' => '2',
                'D' or 'T' => '3',
                'L' => '4',
                'M' or 'N' => '5',
                'R' => '6',
                _ => '\0',
            };
            if (digit != '\0' && code[^1] != digit)
            {
                code.Append(digit);
            }
        }

        return code.ToString().PadRight(4, '0')[..4];
    }
}

/// <summary>A generated lead: its name, and how the simulated LLM will treat it.</summary>
internal sealed record Lead(string Name, int LatencyMs, bool Fails);
