namespace RxHub.Simulator.Market;

/// <summary>A tradable symbol: its starting price, digits and typical spread in points.</summary>
public sealed record SymbolSpec(string Name, double BasePrice, int Digits, int SpreadPoints, string Description, string Currency, string MarginCurrency, int Type)
{
    public double Point => Math.Pow(10, -Digits);
}
