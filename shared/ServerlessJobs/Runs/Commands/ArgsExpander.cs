using System.Text;

namespace ServerlessJobs.Runs.Commands;

/// <summary>
/// Expands <c>$(NAME)</c> in startup_command words and args by the Kubernetes rule that Scaleway documents: a defined
/// variable gives its value, an undefined one stays literally, <c>$$</c> gives a literal <c>$</c>.
/// </summary>
/// <remarks>
/// As in Kubernetes, a reference runs to the first <c>)</c>, so <c>$(A$(B))</c> names the variable <c>A$(B</c>; a
/// <c>$(</c> without any closing <c>)</c> and a <c>$</c> before any other character stay literally.
/// </remarks>
public static class ArgsExpander
{
    /// <summary>Expands each word on its own; a value is never split into several words.</summary>
    public static IReadOnlyList<string> ExpandAll(
        IEnumerable<string> words, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(variables);

        return words.Select(word => Expand(word, variables)).ToArray();
    }

    /// <summary>Expands one word.</summary>
    public static string Expand(string word, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(variables);
        if (!word.Contains('$'))
        {
            return word;
        }

        var result = new StringBuilder(word.Length);
        var i = 0;
        while (i < word.Length)
        {
            i = word[i] == '$' && i + 1 < word.Length
                ? ExpandOperator(word, i, variables, result)
                : Append(result, word[i], i);
        }

        return result.ToString();
    }

    // Handles the '$' at `dollar` and what follows it; returns where scanning resumes.
    private static int ExpandOperator(
        string word, int dollar, IReadOnlyDictionary<string, string> variables, StringBuilder result)
    {
        var next = word[dollar + 1];
        if (next == '$')
        {
            result.Append('$');
            return dollar + 2;
        }

        if (next != '(')
        {
            // Not a reference: the operator and the character after it are kept, and that character is not rescanned.
            result.Append('$').Append(next);
            return dollar + 2;
        }

        var close = word.IndexOf(')', dollar + 2);
        if (close < 0)
        {
            // An unfinished reference is kept; scanning goes on so that a later "$$" is still an escape.
            result.Append("$(");
            return dollar + 2;
        }

        var name = word[(dollar + 2)..close];
        if (variables.TryGetValue(name, out var value))
        {
            result.Append(value);
        }
        else
        {
            result.Append(word, dollar, close - dollar + 1);
        }

        return close + 1;
    }

    private static int Append(StringBuilder result, char c, int index)
    {
        result.Append(c);
        return index + 1;
    }
}
