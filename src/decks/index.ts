/**
 * The decks `/present` can show: the first is `/present` itself, the others
 * `/present?deck=<id>`. Add yours here after copying `argument.ts`.
 */
import type { Deck } from "../deck.js";
import { argument } from "./argument.js";

export const decks: readonly Deck[] = [argument];
