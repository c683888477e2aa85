// A customer message that needs no answer: it only thanks or confirms the case can close
// ("Thanks, works now", "you can close this", "Danke, funktioniert wieder", "Merci, c'est résolu").
// Such a message must not make the case overdue; the sidebar offers to close the case instead.
// Wrong guesses must be safe: anything with a question, a problem word or more than a few lines
// still waits for an answer, as every customer message did before.

/** Longer than this, a message says more than thanks (signatures are already cut by the page). */
const MAX_CLOSING_LENGTH = 400;

const THANKS = /\b(?:thanks?|thank you|thx|many thanks|cheers|danke|dankeschön|vielen dank|merci)\b/i;
const CLOSES =
  /\b(?:can close|close (?:this|the case|the ticket|it)|works? (?:now|again|fine)|working (?:now|again|fine)|solved|resolved|fixed|all good|sorted|kann geschlossen|können (?:es |das ticket |den fall )?schließen|funktioniert (?:jetzt|wieder)|gelöst|erledigt|pouvez (?:le )?fermer|fermer (?:le|la) (?:ticket|demande)|ça marche|fonctionne (?:maintenant|à nouveau)|résolu|réglé)\b/i;
const PROBLEM =
  /\b(?:but|however|still|error|errors|fail|fails|failed|failing|not work|doesn't|does not|didn't|did not|can't|cannot|won't|issue|problem|another|question|also|aber|noch|fehler|leider|nicht|kein|mais|toujours|erreur|problème|encore|pas)\b/i;

/** True when a customer's message only thanks or confirms closure; false for anything more. */
export function isClosingMessage(body: string): boolean {
  const ownWords = withoutQuotedLines(body).trim();
  if (ownWords === '' || ownWords.length > MAX_CLOSING_LENGTH || ownWords.includes('?')) return false;
  return (THANKS.test(ownWords) || CLOSES.test(ownWords)) && !PROBLEM.test(ownWords);
}

/** The message without lines quoted from earlier mail ("> …"), which are not what it says now. */
function withoutQuotedLines(body: string): string {
  return body
    .slice(0, MAX_CLOSING_LENGTH * 4)
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('>'))
    .join('\n');
}
