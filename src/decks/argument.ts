/**
 * The site's argument as a deck: the question, the takeovers, the
 * falling-apart, the money, with the claims' computed verdicts between them.
 * Copy this file to make your own deck (see src/deck.ts). Speaker notes are
 * drawn from the pages' commentary; figures are left to the slides, which
 * compute them, so the notes never state a number that could go stale.
 */
import { defineDeck } from "../deck.js";
import { BREST_LITOVSK } from "../takeovers.js";

export const argument = defineDeck({
  id: "argument",
  title: "Beyond the Capitals: how Soviet power spread, 1917–1918",
  slides: [
    {
      heading: "Beyond the Capitals",
      text: "The Bolsheviks seized Petrograd on 25 October (7 November) 1917. How did Soviet power reach the rest of a collapsing empire — province by province, city by city — and what happened to the money while it did?",
      caption: "The question",
      notes:
        "A well-known answer leans on two historians, Richard Pipes (The Russian Revolution, 1990) and Orlando Figes (A People's Tragedy, 1996): power passed quickly and mostly by vote in the industrial north and centre, late and bloodily in the south; the borderlands broke away into dozens of governments; the ruble collapsed. This talk puts each of their claims to sourced data, one row per fact, with verdicts computed from the data rather than typed in.",
    },
    {
      chart: "takeover-map",
      state: { date: "1917-11-08" },
      caption: "The day after the coup: where Soviet power stood",
      notes:
        "Every provincial capital of the empire, and other cities where power changed hands. A filled dot is a city under Soviet power on the day shown; hollow, not yet; squares, never under Soviet power in 1917–1918. The date in the subtitle is Gregorian (New Style); Russia still used the Julian calendar, 13 days behind.",
    },
    {
      chart: "takeover-map",
      state: { date: "1917-12-31" },
      caption: "By New Year 1918 (Gregorian)",
      notes:
        "Soviet power spread day by day through the winter, most of it in the north and centre first. The rule for what counts as 'Soviet power established' is stated once, on the data page, and applied to every row.",
    },
    {
      chart: "takeover-map",
      state: { date: BREST_LITOVSK },
      caption: "Brest-Litovsk, 3 March 1918: peace with the Central Powers",
      notes:
        "The peace with the Central Powers. Soviet power had reached most of the capitals it could reach; Ukraine was already being lost to the Central Powers' advance.",
    },
    {
      chart: "takeover-map",
      state: { date: "1918-09-01" },
      caption: "1 September 1918: the march reversed",
      notes:
        "Across Ukraine to the Central Powers, along the Volga, in the Urals and Siberia to the Czechoslovak Legion, on the Don and in the Caucasus to the Whites, in the north to the Allies. Each colour is who had taken the city from Soviet power.",
    },
    {
      chart: "takeover-spread",
      caption: "North and centre first, the south late",
      notes:
        "The curve counts a capital from the day Soviet power first came to it. North and centre first, the south late: the claims that follow test that shape.",
    },
    {
      chart: "claim-17",
      caption: "A triumphal march, October to February?",
      notes:
        "The verdict is computed at build time from the dated rows; 'How sure' says whether it survives the other readings of the data.",
    },
    {
      chart: "takeover-held",
      caption: "Held, not just reached",
      notes:
        "This curve counts a capital only while Soviet power held it: the rise of the winter, the fall of 1918 — Ukraine and the Crimea to the Central Powers by May, the Volga, the Urals and Siberia to the Czechoslovak Legion and the governments it brought by August — and the first returns in the autumn.",
    },
    {
      chart: "claim-18",
      caption: "The march reversed, then resumed?",
      notes:
        "Who held each city comes from its own table, every change of hands through 31 December 1918, or an explicit 'no change found' with the sources searched.",
    },
    {
      chart: "claim-5",
      caption: "The south: late and bloody?",
      notes:
        "Mode describes only how Soviet power first came to a city: peaceful, armed, fought over. A later loss and return are rows of their own.",
    },
    {
      heading: "The empire falls apart",
      text: "Between November 1917 and December 1918, dozens of governments claimed sovereignty, independence or their own rule on the former empire's territory.",
      caption: "Sovereignty",
      notes:
        "National states, autonomies, Cossack hosts, White and regional governments, Soviet republics of a province or a city, and clients of the Central Powers. How many were there at once, and what does 'sovereign' have to mean for Pipes's 'at least thirty-three' to hold?",
    },
    {
      chart: "sovereignty-count",
      caption: "How many governments at once",
      notes:
        "A government is alive on a day if it had claimed by that day and had not yet ended. The count depends on the definition of sovereign: every claim of own rule, without the regional Soviet republics, or national states only.",
    },
    {
      chart: "claim-9",
      caption: "'At least thirty-three' in June 1918?",
      notes:
        "The contemporary count Pipes quotes has not been found, so we cannot tell which definition it used. Ours reaches thirty-three only if Cossack hosts, regional anti-Bolshevik governments and autonomies count as sovereign.",
    },
    {
      chart: "ruble",
      caption: "The ruble's fall, as Stockholm quoted it",
      notes:
        "Stockholm is the only market with monthly quotations of the ruble through 1917; they stop in December 1917. US cents per ruble are derived from Stockholm's kronor per ruble and kronor per dollar. No market quotation of the ruble was found for any month of 1918.",
    },
    {
      chart: "claim-10",
      caption: "Did the ruble halve after the coup?",
      notes:
        "Pipes writes that the ruble 'lost one-half of its exchange value' after the coup. Most of the fall came before it.",
    },
    {
      chart: "bonds-london",
      caption: "What investors made of it: Russian bonds in London",
      notes:
        "No Petrograd share prices for 1917–1918 have been found. But Russia's state loans traded abroad every month of the revolution: a foreign market's running verdict on the coup, the annulment of the state loans, Brest-Litovsk, the Czechoslovak summer and the Armistice.",
    },
    {
      chart: "claim-19",
      caption: "A puzzling equanimity, priced in London?",
      notes:
        "What the prices cannot tell: they are a foreign market's, set by British and other holders of Russia's debt, not by Russian business.",
    },
    {
      heading: "Every figure has a source",
      text: "The data, the rules and the sources behind every slide are on the site's Data page, under CC BY 4.0: download them, check them, fork them.",
      caption: "Sources and data",
      notes:
        "Many sources are online copies of encyclopedias, Soviet-era histories and Wikipedia articles, read in excerpts: leads for further checking, not the last word. Conflicts between sources are recorded beside the date they dispute, not silently resolved.",
    },
  ],
});
