import * as t from 'io-ts';

/** The kind of an order: market, limit or stop buy/sell, or a balance or credit operation. */
export const TradeCommand = t.keyof(
  {
    Buy: null,
    Sell: null,
    BuyLimit: null,
    SellLimit: null,
    BuyStop: null,
    SellStop: null,
    Balance: null,
    Credit: null,
  },
  'TradeCommand',
);
export type TradeCommand = t.TypeOf<typeof TradeCommand>;
