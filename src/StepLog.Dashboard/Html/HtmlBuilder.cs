using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace StepLog.Dashboard.Html;

/// <summary>
/// Writes a page. Markup comes only from the dashboard's own literals (<see cref="Raw"/>); every value (a step name,
/// a subject, an error message, a detail) goes through <see cref="Text"/> or <see cref="Attr"/>, which escape its
/// control characters as StepLog's lines do and then HTML-encode it, so that no value can become markup.
/// </summary>
internal sealed class HtmlBuilder
{
    // Letters of every script stay readable in the source; markup characters and controls are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new(16 * 1024);

    /// <summary>The dashboard's own markup: never a value.</summary>
    public HtmlBuilder Raw(string markup)
    {
        _html.Append(markup);
        return this;
    }

    /// <summary>A value as text content.</summary>
    public HtmlBuilder Text(string? value)
    {
        if (value is not null)
        {
            Encoder.Encode(new StringWriter(_html, CultureInfo.InvariantCulture), ValueText.Escaped(value));
        }

        return this;
    }

    /// <summary>A value of any type (a detail) as text content, rendered as StepLog's lines render it.</summary>
    public HtmlBuilder Value(object? value)
    {
        var text = new StringBuilder();
        ValueText.AppendValue(text, value);
        return Text(text.ToString());
    }

    /// <summary>A value inside a double-quoted attribute.</summary>
    public HtmlBuilder Attr(string? value) => Text(value);

    /// <summary>A number, invariant.</summary>
    public HtmlBuilder Number(long value)
    {
        _html.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A decimal number, invariant, with at most <paramref name="digits"/> digits after the point.</summary>
    public HtmlBuilder Number(double value, int digits)
    {
        _html.Append(Math.Round(value, digits).ToString(CultureInfo.InvariantCulture));
        return this;
    }

    /// <summary>A link to a page of the dashboard; the text is a value.</summary>
    public HtmlBuilder Link(string href, string? text, string? cssClass = null)
    {
        Raw("<a href=\"").Attr(href).Raw("\"");
        if (cssClass is not null)
        {
            Raw(" class=\"").Raw(cssClass).Raw("\"");
        }

        return Raw(">").Text(text).Raw("</a>");
    }

    /// <summary>A time in UTC: the ISO value in the datetime attribute, and as the text to the second (or millisecond).</summary>
    public HtmlBuilder Time(DateTimeOffset? time, bool milliseconds = false)
    {
        if (time is not { } value)
        {
            return Raw("<span class=\"none\">-</span>");
        }

        var utc = value.ToUniversalTime();
        return Raw("<time datetime=\"")
            .Raw(utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture))
            .Raw("\">")
            .Raw(utc.ToString(milliseconds ? "yyyy-MM-dd'T'HH:mm:ss.fff'Z'" : "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture))
            .Raw("</time>");
    }

    /// <summary>A duration the way one reads it at a glance: 850 ms, 4.2 s, 3 min 10 s, 2 h 5 min.</summary>
    public HtmlBuilder Duration(double? milliseconds) =>
        milliseconds is { } ms ? Raw("<span class=\"duration\">").Raw(Formats.Duration(ms)).Raw("</span>") : Raw("<span class=\"none\">-</span>");

    /// <summary>A status as a badge: a symbol and the word (never colour alone), with the status for scripts in data-status.</summary>
    public HtmlBuilder Status(Records.StepStatus status, string? label = null)
    {
        var name = Formats.StatusName(status);
        return Raw("<span class=\"badge ").Raw(name).Raw("\" data-status=\"").Raw(name).Raw("\">")
            .Raw(Formats.StatusSymbol(status)).Raw(" ").Text(label ?? status.ToString()).Raw("</span>");
    }

    public override string ToString() => _html.ToString();
}
