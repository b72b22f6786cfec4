using ServerlessJobs.Api;
using ServerlessJobs.Client.Models;

namespace ServerlessJobs.Validation;

/// <summary>Collects every wrong argument of a request so the caller learns of all of them at once.</summary>
public sealed class ArgumentErrors
{
    private readonly List<ScalewayErrorDetail> _details = [];

    /// <summary>Whether any argument was wrong.</summary>
    public bool Any => _details.Count > 0;

    /// <summary>Records a missing argument.</summary>
    public void Required(string argumentName, string helpMessage) => Add(argumentName, "required", helpMessage);

    /// <summary>Records an argument whose form is wrong.</summary>
    public void Format(string argumentName, string helpMessage) => Add(argumentName, "format", helpMessage);

    /// <summary>Records an argument whose value is out of the allowed range.</summary>
    public void Constraint(string argumentName, string helpMessage) => Add(argumentName, "constraint", helpMessage);

    /// <summary>Throws a 400 invalid_arguments naming every recorded argument, if there is any.</summary>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw ScalewayException.InvalidArguments(_details.ToArray());
        }
    }

    private void Add(string argumentName, string reason, string helpMessage) =>
        _details.Add(new ScalewayErrorDetail { ArgumentName = argumentName, Reason = reason, HelpMessage = helpMessage });
}
