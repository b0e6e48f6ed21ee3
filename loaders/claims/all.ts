/**
 * Every claim with its computed verdict, from the tidy tables: what
 * /data/claims.json publishes and what the claim charts (src/charts/claim-cards.ts)
 * draw in Node. The pages' own claim files (/data/<page>-claims.json) come
 * from the same functions.
 */
import type { ClaimResult } from "../../src/claims.js";
import type { ControlRow } from "../../src/control.js";
import type { DerivedPoint } from "../../src/money.js";
import type { LondonDerivedRow, SecurityRow } from "../../src/securities.js";
import type { EntityRow } from "../../src/sovereignty.js";
import type { TakeoverRow } from "../../src/takeovers.js";
import { type LoadOptions, readTidy } from "../load.js";
import { type ExchangeEventRow, type MoneyRow, moneyClaims, type QuoteRow } from "./money.js";
import { sovereigntyClaims } from "./sovereignty.js";
import { takeoverClaims } from "./takeovers.js";

export async function allClaims(options: LoadOptions = {}): Promise<ClaimResult[]> {
  const [takeovers, control, sovereignty, derived, quotes, money, events, securities, bonds] = await Promise.all([
    readTidy<TakeoverRow>("takeovers", options),
    readTidy<ControlRow>("control", options),
    readTidy<EntityRow>("sovereignty", options),
    readTidy<DerivedPoint>("ruble-derived", options),
    readTidy<QuoteRow>("ruble", options),
    readTidy<MoneyRow>("money", options),
    readTidy<ExchangeEventRow>("exchange-events", options),
    readTidy<SecurityRow>("securities", options),
    readTidy<LondonDerivedRow>("securities-derived", options),
  ]);
  return [
    ...takeoverClaims({ takeovers, control }),
    ...sovereigntyClaims(sovereignty),
    ...moneyClaims({ derived, quotes, money, events, securities, bonds }),
  ].sort((a, b) => a.id - b.id);
}
