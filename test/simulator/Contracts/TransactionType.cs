namespace RxHub.Simulator.Contracts;

/// <summary>Add - opened, Delete - closed, Update - changed (contract: TransactionType).</summary>
public enum TransactionType
{
    Add,
    Delete,
    Update,
    ChangeGrp,
}
