import { type ExchangeEventRow, type MoneyRow, moneyClaims, type QuoteRow } from "../../loaders/claims/money.js";
import { readTidy } from "../../loaders/index.js";
import type { DerivedPoint } from "../../src/money.js";
import type { LondonDerivedRow, SecurityRow } from "../../src/securities.js";

const [derived, quotes, money, events, securities, bonds] = await Promise.all([
  readTidy<DerivedPoint>("ruble-derived"),
  readTidy<QuoteRow>("ruble"),
  readTidy<MoneyRow>("money"),
  readTidy<ExchangeEventRow>("exchange-events"),
  readTidy<SecurityRow>("securities"),
  readTidy<LondonDerivedRow>("securities-derived"),
]);
process.stdout.write(JSON.stringify(moneyClaims({ derived, quotes, money, events, securities, bonds }), null, 1));
