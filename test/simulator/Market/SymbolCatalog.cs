using Microsoft.Extensions.Options;

namespace RxHub.Simulator.Market;

/// <summary>The symbols every platform offers: the configured names plus SymbolCount generated SYM0001….</summary>
public sealed class SymbolCatalog
{
    private static readonly Dictionary<string, SymbolSpec> Known = new[]
    {
        new SymbolSpec("EURUSD", 1.08500, 5, 12, "Euro vs US Dollar", "EUR", "EUR", 0),
        new SymbolSpec("GBPUSD", 1.27000, 5, 15, "Great Britain Pound vs US Dollar", "GBP", "GBP", 0),
        new SymbolSpec("USDJPY", 150.000, 3, 14, "US Dollar vs Japanese Yen", "USD", "USD", 0),
        new SymbolSpec("USDCHF", 0.88000, 5, 16, "US Dollar vs Swiss Franc", "USD", "USD", 0),
        new SymbolSpec("AUDUSD", 0.66000, 5, 14, "Australian Dollar vs US Dollar", "AUD", "AUD", 0),
        new SymbolSpec("USDCAD", 1.36000, 5, 18, "US Dollar vs Canadian Dollar", "USD", "USD", 0),
        new SymbolSpec("NZDUSD", 0.61000, 5, 20, "New Zealand Dollar vs US Dollar", "NZD", "NZD", 0),
        new SymbolSpec("EURGBP", 0.85500, 5, 15, "Euro vs Great Britain Pound", "EUR", "EUR", 0),
        new SymbolSpec("EURJPY", 162.000, 3, 20, "Euro vs Japanese Yen", "EUR", "EUR", 0),
        new SymbolSpec("XAUUSD", 2350.00, 2, 35, "Gold vs US Dollar", "USD", "XAU", 1),
        new SymbolSpec("BTCUSD", 65000.00, 2, 2500, "Bitcoin vs US Dollar", "USD", "BTC", 2),
        new SymbolSpec("ETHUSD", 3200.00, 2, 150, "Ethereum vs US Dollar", "USD", "ETH", 2),
    }.ToDictionary(s => s.Name);

    private readonly Dictionary<string, SymbolSpec> _symbols = new(StringComparer.Ordinal);
    private readonly List<SymbolSpec> _ordered = [];

    public SymbolCatalog(IOptions<SimulatorOptions> options)
    {
        foreach (var name in options.Value.SymbolList)
            Add(Known.GetValueOrDefault(name) ?? new SymbolSpec(name, 1.0, 5, 10, $"{name} (simulated)", "USD", "USD", 0));
        for (var i = 1; i <= options.Value.SymbolCount; i++)
        {
            var name = $"SYM{i:D4}";
            Add(new SymbolSpec(name, 10 + i % 90 + (i % 7) / 10.0, 4, 20, $"Generated symbol {i}", "USD", "USD", 3));
        }
    }

    public IReadOnlyList<SymbolSpec> All => _ordered;

    public IReadOnlyList<string> Names => _ordered.Select(s => s.Name).ToList();

    public bool Contains(string? symbol) => symbol is not null && _symbols.ContainsKey(symbol);

    public SymbolSpec Get(string symbol) => _symbols[symbol];

    private void Add(SymbolSpec spec)
    {
        if (_symbols.TryAdd(spec.Name, spec)) _ordered.Add(spec);
    }
}
