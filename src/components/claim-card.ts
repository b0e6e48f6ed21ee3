/**
 * A claim beside its chart: what the historian says, what the data say, the
 * rule that turns the figures into a verdict, and the verdict itself. All of
 * it comes from the computed claim results; text is set as text.
 */

import { type ClaimResult, VERDICT_BADGE, verdictText } from "../claims.js";

/** A claim as its card shows it. */
export type Claim = Omit<ClaimResult, "figures">;

export function claimCard(claim: Claim, { document = globalThis.document }: { document?: Document } = {}): HTMLElement {
  const card = document.createElement("section");
  card.className = "card btc-claim";
  card.dataset.claim = String(claim.id);
  card.dataset.verdict = claim.verdict;
  const el = (tag: string, className: string, text: string) => {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  const heading = el("h3", "btc-claim-title", `Claim ${claim.id}: ${claim.title}`);
  const badge = el("p", "btc-verdict", verdictText(claim.verdict));
  Object.assign(badge.style, {
    display: "inline-block",
    background: VERDICT_BADGE[claim.verdict].background,
    color: "white",
    padding: "0.1em 0.6em",
    borderRadius: "1em",
    margin: "0.2em 0 0.6em",
  });
  const rule = document.createElement("details");
  rule.append(el("summary", "", "How the verdict is computed"), el("p", "btc-rule", claim.rule));
  card.append(
    heading,
    badge,
    el("p", "btc-claim-text", `The claim: ${claim.claim}`),
    el("p", "btc-finding", `The data: ${claim.finding}`),
  );
  // How sure: the verdict under the other readings of the data, computed with it.
  if (claim.robustness) {
    const sure = el("p", "btc-robustness", `How sure: ${claim.robustness.summary}`);
    sure.dataset.robust = String(claim.robustness.robust);
    card.append(sure);
  }
  card.append(rule);
  return card;
}
