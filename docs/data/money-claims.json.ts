import { type ExchangeEventRow, type MoneyRow, moneyClaims, type QuoteRow } from "../../loaders/claims/money.js";
import { readTidy } from "../../loaders/index.js";
import type { DerivedPoint } from "../../src/money.js";

const [derived, quotes, money, events] = await Promise.all([
  readTidy<DerivedPoint>("ruble-derived"),
  readTidy<QuoteRow>("ruble"),
  readTidy<MoneyRow>("money"),
  readTidy<ExchangeEventRow>("exchange-events"),
]);
process.stdout.write(JSON.stringify(moneyClaims(derived, quotes, money, events), null, 1));
