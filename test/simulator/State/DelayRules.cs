namespace RxHub.Simulator.State;

/// <summary>The delay rules set by POST /admin/delay (a slow Connect, a slow subscribe…), consulted before every hub invocation.</summary>
public sealed class DelayRules
{
    private readonly List<DelayRule> _rules = [];

    public void Add(DelayRule rule)
    {
        lock (_rules) _rules.Add(rule);
    }

    public IReadOnlyList<DelayRule> Snapshot()
    {
        lock (_rules) return _rules.ToList();
    }

    public void Clear()
    {
        lock (_rules) _rules.Clear();
    }

    /// <summary>How long to hold this call, if a rule matches; a counted rule is used up.</summary>
    public int? Match(string hub, string method)
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
                    else _rules[i] = rule with { Remaining = n - 1 };
                }
                return rule.DelayMs;
            }
            return null;
        }
    }
}
