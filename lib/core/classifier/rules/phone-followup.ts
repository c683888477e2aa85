import { matchPatterns, type Evidence, type Pattern, type RuleInput } from './evidence';

/** The written follow-up of a phone call, which the process asks the customer to send. */
const BODY: Pattern[] = [
  {
    re: /\b(as|what we) (discussed|agreed|mentioned|spoke about) (on|over|during|in) (the|our|today's|yesterday's|this morning's) (phone|tele(phone)?|call|conversation)/i,
    weight: 8,
  },
  { re: /\b(following|further to|as per|per|after|regarding|re) (up on )?(our|the|my|today's|yesterday's|this morning's) (phone |telephone )?(call|conversation on the phone|phone conversation)\b/i, weight: 7 },
  { re: /\b(thank(s| you) for (your|the) (call|phone call|time on the phone)|(we|i) spoke (on|over) the phone|when we spoke (earlier|today|yesterday|this morning))/i, weight: 6 },
  { re: /\b(confirm(ing)? in writing|written confirmation|as requested on the phone)\b/i, weight: 4 },
  { re: /\b(wie (telefonisch|am telefon) besprochen|bezugnehmend auf unser telefonat|nach unserem telefonat)\b/i, weight: 8 },
  { re: /\b(suite à notre (appel|conversation téléphonique|entretien téléphonique)|comme convenu (par|au) téléphone)/i, weight: 8 },
];
const SUBJECT: Pattern[] = [{ re: /\b(phone call|telephone call|call follow[- ]?up|follow[- ]?up (of|to|from) (our|the) call|telefonat|appel téléphonique)\b/i, weight: 4 }];

export function phoneFollowupEvidence(input: RuleInput): Evidence[] {
  return [
    ...matchPatterns('phone_followup', SUBJECT, input.subject, 'subject'),
    ...matchPatterns('phone_followup', BODY, input.latest, 'message'),
  ];
}
