using System.Collections.Generic;
using System.Text;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Decides whether a step name says nothing (SL1006). A name is vague when, after lower-casing, splitting "step1" into
/// "step 1", dropping punctuation, numbers and filler words ("the", "next", "first", "one", ...), nothing is left or
/// only a generic word such as "step", "task", "process" or "do work" is. docs/rules/SL1006.md lists the words.
/// </summary>
internal static class VagueStepNames
{
    /// <summary>Words that carry no meaning about the work: articles, ordinals, counters.</summary>
    private static readonly HashSet<string> Fillers = new()
    {
        "a", "an", "the", "my", "our", "some", "another", "new", "next", "last", "final", "this", "that", "no", "nr", "num",
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    };

    /// <summary>What is left of a vague name once fillers and numbers are gone.</summary>
    private static readonly HashSet<string> Generic = new()
    {
        "step", "steps", "part", "phase", "stage", "task", "job", "action", "operation", "process", "processing",
        "work", "working", "do", "do work", "do it", "do something", "do stuff", "do things", "do task", "doing work",
        "stuff", "thing", "things", "item", "something", "todo", "tbd", "misc", "test", "foo", "bar", "baz", "temp", "tmp",
        "placeholder", "run", "running", "execute", "executing", "logic", "handle", "main", "unnamed", "untitled",
        "default", "generic", "name", "step name",
    };

    public static bool IsVague(string name)
    {
        var words = new List<string>();
        foreach (var word in Words(name))
        {
            if (!Fillers.Contains(word) && !IsNumber(word))
            {
                words.Add(word);
            }
        }

        return words.Count == 0 || Generic.Contains(string.Join(" ", words));
    }

    /// <summary>Lower-case runs of letters and runs of digits: "Step_1a" gives "step", "1", "a".</summary>
    private static IEnumerable<string> Words(string name)
    {
        var word = new StringBuilder();
        var digits = false;
        foreach (var c in name)
        {
            var isLetter = char.IsLetter(c);
            var isDigit = char.IsDigit(c);
            if ((!isLetter && !isDigit) || (word.Length > 0 && digits != isDigit))
            {
                if (word.Length > 0)
                {
                    yield return word.ToString();
                    word.Clear();
                }
            }

            if (isLetter || isDigit)
            {
                word.Append(char.ToLowerInvariant(c));
                digits = isDigit;
            }
        }

        if (word.Length > 0)
        {
            yield return word.ToString();
        }
    }

    private static bool IsNumber(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
