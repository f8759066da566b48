using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace StepLog.Analyzers.Flow;

/// <summary>
/// Whether the source text of a node spells <c>StepLogger</c>: the test that decides, before anything is bound,
/// whether a body may hold a tracked logger. Reading the characters costs far less than walking the tokens (which
/// creates a node object for each) and very much less than binding. Comments and longer names that contain the word
/// only cost a bind; a logger declared through an alias or a unicode escape is missed (no warning, never a wrong one).
/// </summary>
internal static class LoggerTypeMention
{
    private const string TypeName = "StepLogger";
    private const int ChunkLength = 2048;

    public static bool In(SyntaxNode node, System.Threading.CancellationToken cancellationToken)
    {
        var text = node.SyntaxTree.GetText(cancellationToken);
        var span = node.Span;
        var buffer = new char[Math.Min(span.Length, ChunkLength)];
        // Chunks overlap by the name's length less one, so that a name cut by a chunk boundary is still found.
        for (var start = span.Start; start < span.End; start += buffer.Length - (TypeName.Length - 1))
        {
            var length = Math.Min(buffer.Length, span.End - start);
            if (length < TypeName.Length)
            {
                return false;
            }

            text.CopyTo(start, buffer, 0, length);
            if (Contains(buffer, length))
            {
                return true;
            }

            if (start + length >= span.End)
            {
                return false;
            }
        }

        return false;
    }

    private static bool Contains(char[] buffer, int length)
    {
        for (var i = 0; i <= length - TypeName.Length; i++)
        {
            if (buffer[i] != 'S')
            {
                continue;
            }

            var j = 1;
            while (j < TypeName.Length && buffer[i + j] == TypeName[j])
            {
                j++;
            }

            if (j == TypeName.Length)
            {
                return true;
            }
        }

        return false;
    }
}
