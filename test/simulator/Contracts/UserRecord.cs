namespace RxHub.Simulator.Contracts;

/// <summary>Wire shape of the contract's <c>UserRecord</c>.</summary>
public sealed class UserRecord
{
    public DateTime RegDate { get; init; }
    public DateTime LastDate { get; init; }
    public DateTime TimeStamp { get; init; }
    public int Login { get; init; }
    public string? Group { get; init; }
    public string? Password { get; init; }
    public int Enable { get; init; }
    public int EnableChangePassword { get; init; }
    public int EnableReadOnly { get; init; }
    public int EnableOTP { get; init; }
    public int[]? EnableReserved { get; init; }
    public string? PasswordInvestor { get; init; }
    public string? PasswordPhone { get; init; }
    public string? Name { get; init; }
    public string? Country { get; init; }
    public string? City { get; init; }
    public string? State { get; init; }
    public string? ZipCode { get; init; }
    public string? Address { get; init; }
    public string? LeadSource { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Comment { get; init; }
    public string? Id { get; init; }
    public string? Status { get; init; }
    public int Leverage { get; init; }
    public int AgentAccount { get; init; }
    public int LastIP { get; init; }
    public double Balance { get; init; }
    public double PrevMonthBalance { get; init; }
    public double PrevBalance { get; init; }
    public double Credit { get; init; }
    public double InterestRate { get; init; }
    public double Taxes { get; init; }
    public double PrevMonthEquity { get; init; }
    public double PrevEquity { get; init; }
    public int[]? Reserved2 { get; init; }
    public string? OtpSecret { get; init; }
    public string? SecureReserved { get; init; }
    public int SendReports { get; init; }
    public int Mqid { get; init; }
    public int UserColor { get; init; }
    public string? Unused { get; init; }
    public string? ApiData { get; init; }
}
