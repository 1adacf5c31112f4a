namespace RxHub.Simulator.State;

/// <summary>Rules set through the admin endpoints and consulted before every hub invocation (fail, delay).</summary>
public abstract class MethodRules<TRule> where TRule : MethodRule
{
    private readonly List<TRule> _rules = [];

    public void Add(TRule rule)
    {
        lock (_rules) _rules.Add(rule);
    }

    public IReadOnlyList<TRule> Snapshot()
    {
        lock (_rules) return _rules.ToList();
    }

    public void Clear()
    {
        lock (_rules) _rules.Clear();
    }

    /// <summary>The first rule for this call, if any; a counted rule is used up.</summary>
    public TRule? Match(string hub, string method)
    {
        lock (_rules)
        {
            for (var i = 0; i < _rules.Count; i++)
            {
                var rule = _rules[i];
                if (rule.Hub is not null && !string.Equals(rule.Hub, hub, StringComparison.OrdinalIgnoreCase)) continue;
                if (!string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
                if (rule.Remaining is { } n)
                {
                    if (n <= 1) _rules.RemoveAt(i);
                    else _rules[i] = (TRule)(rule with { Remaining = n - 1 });
                }
                return rule;
            }
            return null;
        }
    }
}
