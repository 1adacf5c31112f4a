namespace RxHub.Simulator.Contracts;

/// <summary>Execution mode (contract: SymbolExecMode).</summary>
public enum SymbolExecMode
{
    Request,
    Instant,
    Market,
}
