using System.Text;

namespace ServerlessJobs.Runs.Commands;

/// <summary>
/// Splits the deprecated <c>command</c> string into words as a POSIX shell would (blanks separate words, single and
/// double quotes group, backslash escapes) without running a shell: no variables, globs, pipes or redirections.
/// </summary>
public static class CommandSplitter
{
    /// <summary>The words of a command; throws <see cref="FormatException"/> when a quote is left open.</summary>
    public static IReadOnlyList<string> Split(string command)
    {
        ArgumentNullException.ThrowIfNull(command);

        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var i = 0;
        while (i < command.Length)
        {
            var c = command[i];
            if (c is ' ' or '\t' or '\n' or '\r')
            {
                EndWord(words, word, ref inWord);
                i++;
                continue;
            }

            if (c == '\\' && i + 1 < command.Length && command[i + 1] == '\n')
            {
                // Backslash-newline is a line continuation in sh: both disappear, and no word starts.
                i += 2;
                continue;
            }

            inWord = true;
            i = c switch
            {
                '\'' => ReadSingleQuoted(command, i, word),
                '"' => ReadDoubleQuoted(command, i, word),
                '\\' => ReadEscaped(command, i, word),
                _ => Append(word, c, i),
            };
        }

        EndWord(words, word, ref inWord);
        return words;
    }

    private static void EndWord(List<string> words, StringBuilder word, ref bool inWord)
    {
        if (inWord)
        {
            words.Add(word.ToString());
            word.Clear();
            inWord = false;
        }
    }

    private static int ReadSingleQuoted(string command, int open, StringBuilder word)
    {
        var close = command.IndexOf('\'', open + 1);
        if (close < 0)
        {
            throw new FormatException($"command has an unclosed single quote at position {open}");
        }

        word.Append(command, open + 1, close - open - 1);
        return close + 1;
    }

    private static int ReadDoubleQuoted(string command, int open, StringBuilder word)
    {
        var i = open + 1;
        while (i < command.Length)
        {
            var c = command[i];
            if (c == '"')
            {
                return i + 1;
            }

            // Inside double quotes a backslash escapes only these; elsewhere it is kept, as in sh.
            if (c == '\\' && i + 1 < command.Length && command[i + 1] is '"' or '\\' or '$' or '`' or '\n')
            {
                if (command[i + 1] != '\n')
                {
                    word.Append(command[i + 1]);
                }

                i += 2;
                continue;
            }

            word.Append(c);
            i++;
        }

        throw new FormatException($"command has an unclosed double quote at position {open}");
    }

    private static int ReadEscaped(string command, int backslash, StringBuilder word)
    {
        if (backslash + 1 == command.Length)
        {
            // A trailing backslash has nothing to escape: kept as is rather than waiting for more input like sh.
            word.Append('\\');
            return backslash + 1;
        }

        word.Append(command[backslash + 1]);
        return backslash + 2;
    }

    private static int Append(StringBuilder word, char c, int index)
    {
        word.Append(c);
        return index + 1;
    }
}
