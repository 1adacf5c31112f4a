namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>UserUpdate</c>.</summary>
public sealed class UserUpdate
{
    public TransactionType Type { get; init; }
    public UserRecord? User { get; init; }
}
