import { matchPatterns, type Evidence, type Pattern, type RuleInput } from './evidence';

/** Licences, renewals, quotes and support contracts: a matter for Sales, not engineering. */
const TEXT: Pattern[] = [
  { re: /\b(licen[cs]e|lizenz)( ?key| file| renewal| expir\w*| purchase| cost| fee| quote| upgrade| count| transfer|schlüssel)\b/i, weight: 4 },
  { re: /\b(renew(al|ing)?|extend(ing)?|extension of) (of )?(our |my |the )?(annual )?(licen[cs]e|support|subscription|maintenance|contract)/i, weight: 6 },
  { re: /\b(quote|quotation|pricing|price list|prices?|how much (does|would|will|is)|cost of|angebot|devis|tarif)\b/i, weight: 3 },
  { re: /\b(purchase order|po number|invoice|billing|payment|vat number|rechnung|facture|bon de commande)\b/i, weight: 3 },
  { re: /\b(support (contract|agreement|plan|subscription|level|renewal)|maintenance (contract|agreement|renewal)|premium support|standard support option)/i, weight: 4 },
  { re: /\b(trial (licen[cs]e|key|extension|period)|extend (the|our|my) trial|evaluation licen[cs]e)/i, weight: 4 },
  { re: /\b(buy|purchase|order(ing)?) (a |an |the |more |additional )?(licen[cs]es?|seats?|nodes?|servers?|instances?)\b/i, weight: 5 },
  { re: /\b(expir(es|ed|ing|y)|ablauf)\b[^.\n]{0,40}\b(licen[cs]e|subscription|contract|support)|\b(licen[cs]e|subscription|contract)\b[^.\n]{0,40}\bexpir/i, weight: 3 },
  { re: /\b(reseller|distributor|sales team|account manager|procurement)\b/i, weight: 2 },
];

export function licensingEvidence(input: RuleInput): Evidence[] {
  return [
    ...matchPatterns('licensing_sales', TEXT, input.subject, 'subject'),
    ...matchPatterns('licensing_sales', TEXT, input.latest, 'message'),
  ];
}
