using RxHub.Simulator.Contracts;

namespace RxHub.Simulator.Market;

/// <summary>Plausible trade, user, symbol and online payloads, in every field of the contract, with real dates.</summary>
public sealed class PayloadFactory(SymbolCatalog catalog, PriceBook prices)
{
    private static readonly TransactionType[] Cycle = [TransactionType.Add, TransactionType.Update, TransactionType.Delete];
    private static readonly string[] Names = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov"];
    private static readonly string[] Countries = ["United Kingdom", "Germany", "Cyprus", "Japan", "Australia"];

    /// <summary>The n-th trade event of a stream: each order is added, updated, then closed (deleted).</summary>
    public TradeExEventPayload Trade(string platform, int n, DateTime now)
    {
        var orderIndex = n / 3;
        var type = Cycle[n % 3];
        var spec = catalog.All[orderIndex % Math.Min(catalog.All.Count, 12)];
        var quote = prices.Peek(platform, spec.Name);
        var buy = orderIndex % 2 == 0;
        var openTime = now.AddMinutes(-5 - orderIndex % 30);
        var closed = type == TransactionType.Delete;
        var volume = 10 * (1 + orderIndex % 5);
        var openPrice = buy ? quote.Ask : quote.Bid;
        var closePrice = closed ? (buy ? quote.Bid : quote.Ask) : 0;
        return new TradeExEventPayload
        {
            UpdateType = type,
            Order = 500_000 + orderIndex,
            Login = 1001 + orderIndex % 3,
            Symbol = spec.Name,
            OpenTime = openTime,
            CloseTime = closed ? now : DateTime.UnixEpoch,
            Expiration = DateTime.UnixEpoch,
            GatewayVolume = volume,
            GatewayVolumeLots = volume / 100.0,
            Digits = spec.Digits,
            Volume = volume,
            VolumeLots = volume / 100.0,
            TradeRecordState = closed ? TradeRecordState.ClosedNormal : TradeRecordState.OpenNormal,
            OpenPrice = openPrice,
            Sl = Math.Round(buy ? openPrice * 0.99 : openPrice * 1.01, spec.Digits),
            Tp = type == TransactionType.Update ? Math.Round(buy ? openPrice * 1.02 : openPrice * 0.98, spec.Digits) : 0,
            Commission = -0.7 * volume / 10,
            CommissionAgent = 0,
            ConvReserv = null,
            TradeRecordReason = (orderIndex % 3) switch { 0 => TradeRecordReason.Client, 1 => TradeRecordReason.Web, _ => TradeRecordReason.API },
            Storage = -0.12 * (orderIndex % 4),
            ClosePrice = closePrice,
            Profit = closed ? Math.Round((closePrice - openPrice) * (buy ? 1 : -1) * volume * 1000, 2) : 0,
            Taxes = 0,
            Magic = orderIndex % 2 == 0 ? 0 : 20240501,
            Comment = orderIndex % 2 == 0 ? null : "rxhub simulator",
            GatewayOrder = 0,
            ActivationType = ActivationType.None,
            GatewayOpenPrice = openPrice,
            GatewayClosePrice = closePrice,
            MarginRate = 1,
            TimeStamp = now,
            ApiData = [0, 0, 0, 0],
            ConvRates = [1.0, 1.0],
            TradeCommand = buy ? TradeCommand.Buy : TradeCommand.Sell,
        };
    }

    public UserUpdate User(string platform, int n, DateTime now)
    {
        var i = n / 3;
        var name = Names[i % Names.Length];
        return new UserUpdate
        {
            Type = Cycle[n % 3],
            User = new UserRecord
            {
                RegDate = now.AddDays(-30 - i),
                LastDate = now.AddMinutes(-i),
                TimeStamp = now,
                Login = 2001 + i,
                Group = $"{platform}\\retail",
                Password = null,
                Enable = 1,
                EnableChangePassword = 1,
                EnableReadOnly = 0,
                EnableOTP = 0,
                EnableReserved = [0, 0],
                PasswordInvestor = null,
                PasswordPhone = null,
                Name = name,
                Country = Countries[i % Countries.Length],
                City = "Limassol",
                State = "",
                ZipCode = "3036",
                Address = $"{1 + i} Simulator Street",
                LeadSource = "rxhub",
                Phone = "+357 00 000000",
                Email = $"{name.Split(' ')[0].ToLowerInvariant()}@example.com",
                Comment = null,
                Id = $"ID{2001 + i}",
                Status = "RE",
                Leverage = 100,
                AgentAccount = 0,
                LastIP = 2130706433,
                Balance = 5000 + 100 * i,
                PrevMonthBalance = 4800,
                PrevBalance = 4950,
                Credit = 0,
                InterestRate = 0,
                Taxes = 0,
                PrevMonthEquity = 4800,
                PrevEquity = 4950,
                Reserved2 = [0, 0],
                OtpSecret = null,
                SecureReserved = null,
                SendReports = 1,
                Mqid = 0,
                UserColor = -16777216,
                Unused = null,
                ApiData = null,
            },
        };
    }

    public SymbolInfo SymbolInfo(string platform, string symbol, Quote quote)
    {
        var spec = catalog.Get(symbol);
        return new SymbolInfo
        {
            LastTime = quote.LastTime,
            Visible = true,
            Symbol = symbol,
            Digits = spec.Digits,
            Count = catalog.All.Count,
            Type = spec.Type,
            Point = spec.Point,
            Spread = spec.SpreadPoints,
            SpreadBalance = 0,
            Direction = quote.Direction,
            UpdateFlag = 1,
            Bid = quote.Bid,
            Ask = quote.Ask,
            High = quote.High,
            Low = quote.Low,
            Commission = 7,
            CommType = CommissionType.Money,
        };
    }

    public SymbolUpdateArgs SymbolUpdate(string platform, int n, DateTime now)
    {
        var spec = catalog.All[n % catalog.All.Count];
        return new SymbolUpdateArgs { TradePlatform = platform, Type = TransactionType.Update, Symbol = ConSymbol(spec, now) };
    }

    public OnlineUpdateArgs Online(string platform, int n) =>
        new() { TradePlatform = platform, Type = n % 2 == 0 ? TransactionType.Add : TransactionType.Delete, Login = 1001 + (n / 2) % 5 };

    public DebugArgs Debug(string platform, int n, DateTime now) =>
        new()
        {
            TradePlatform = platform,
            Category = "pump",
            Message = $"pumping connection alive ({n})",
            Data = new { sequence = n, serverTime = now, symbols = catalog.All.Count },
        };

    public static ConSymbol ConSymbol(SymbolSpec spec, DateTime now)
    {
        var fx = spec.Type == 0;
        return new ConSymbol
        {
            Symbol = spec.Name,
            Description = spec.Description,
            Source = "",
            Currency = spec.Currency,
            Type = spec.Type,
            Digits = spec.Digits,
            TradeMode = TradeMode.Full,
            BackgroundColor = -1,
            Count = 0,
            CountOriginal = 0,
            Realtime = 1,
            Starting = DateTime.UnixEpoch,
            Expiration = DateTime.UnixEpoch,
            Sessions = Enumerable.Range(0, 7).Select(day => Sessions(day, spec.Type == 2)).ToArray(),
            ProfitCalculationMode = fx ? ProfitCalculationMode.Forex : ProfitCalculationMode.CFD,
            ProfitReserved = 0,
            Filter = 0,
            FilterCounter = 0,
            FilterLimit = 0,
            FilterSmoothing = 0,
            FilterReserved = 0,
            Logging = 0,
            Spread = spec.SpreadPoints,
            SpreadBalance = 0,
            SymbolExecMode = SymbolExecMode.Market,
            SwapEnable = 1,
            SwapType = SwapType.Points,
            SwapLong = -6.5,
            SwapShort = 1.2,
            SwapRollover3Days = 3,
            ContractSize = fx ? 100_000 : 1,
            TickValue = 1,
            TickSize = spec.Point,
            StopsLevel = 10,
            GtcMode = GTCMode.GTC,
            MarginCalculationMode = fx ? MarginCalculationMode.Forex : MarginCalculationMode.CFDLeverage,
            MarginInitial = 0,
            MarginMaintenance = 0,
            MarginHedged = 50_000,
            MarginDivider = 1,
            Percentage = 100,
            Point = spec.Point,
            Multiply = Math.Pow(10, spec.Digits),
            BidTickValue = 1,
            AskTickValue = 1,
            LongOnly = 0,
            InstantMaxVolume = 0,
            MarginCurrency = spec.MarginCurrency,
            FreezeLevel = 0,
            MarginHedgedStrong = 0,
            ValueDate = now.Date,
            QuotesDelay = 0,
            SwapOpenPrice = 0,
            SwapVariationMargin = 0,
        };
    }

    /// <summary>A day's sessions (Sunday = 0): FX quotes 24 h on weekdays, crypto every day.</summary>
    private static ConSessions Sessions(int day, bool everyDay)
    {
        var open = everyDay || (day >= 1 && day <= 5);
        ConSession[] Day() =>
        [
            open ? new ConSession { OpenHour = 0, OpenMin = 0, CloseHour = 24, CloseMin = 0, Align = [0, 0, 0, 0, 0, 0, 0] } : Closed(),
            Closed(),
            Closed(),
        ];
        return new ConSessions { QuoteOvernight = 0, TradeOvernight = 0, Quote = Day(), Trade = Day() };
    }

    private static ConSession Closed() => new() { OpenHour = 0, OpenMin = 0, CloseHour = 0, CloseMin = 0, Align = [0, 0, 0, 0, 0, 0, 0] };
}
