namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>TradeRecord</c>.</summary>
public class TradeRecord
{
    public int Order { get; init; }
    public int Login { get; init; }
    public string? Symbol { get; init; }
    public DateTime OpenTime { get; init; }
    public DateTime CloseTime { get; init; }
    public DateTime Expiration { get; init; }
    public int GatewayVolume { get; init; }
    public double GatewayVolumeLots { get; init; }
    public int Digits { get; init; }
    public int Volume { get; init; }
    public double VolumeLots { get; init; }
    public TradeRecordState TradeRecordState { get; init; }
    public double OpenPrice { get; init; }
    public double Sl { get; init; }
    public double Tp { get; init; }
    public double Commission { get; init; }
    public double CommissionAgent { get; init; }
    public string? ConvReserv { get; init; }
    public TradeRecordReason TradeRecordReason { get; init; }
    public double Storage { get; init; }
    public double ClosePrice { get; init; }
    public double Profit { get; init; }
    public double Taxes { get; init; }
    public int Magic { get; init; }
    public string? Comment { get; init; }
    public int GatewayOrder { get; init; }
    public ActivationType ActivationType { get; init; }
    public double GatewayOpenPrice { get; init; }
    public double GatewayClosePrice { get; init; }
    public double MarginRate { get; init; }
    public DateTime TimeStamp { get; init; }
    public int[]? ApiData { get; init; }
    public double[]? ConvRates { get; init; }
    public TradeCommand TradeCommand { get; init; }
}
