using System.Collections.Generic;
using System.Text;

namespace StepLog.Generators.Emitting;

/// <summary>Writes indented lines; braces open and close blocks.</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    /// <summary>Opens a member or type whose type parameters may have constraints: one clause a line, under the signature.</summary>
    public CodeWriter Open(string signature, IEnumerable<string> constraints)
    {
        Line(signature);
        foreach (var constraint in constraints)
        {
            Line("    " + constraint);
        }

        Line("{");
        _depth++;
        return this;
    }

    public CodeWriter Indent()
    {
        _depth++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => _text.ToString();
}
