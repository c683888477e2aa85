// Trac's own choices for a ticket's fields, read from its New Ticket page (/newticket).
//
// Why the page and not a setting: a select value must match one of the site's options exactly
// (capitals count), and Trac does not refuse one it lacks — the browser silently submits the
// first option (priority "high" becomes "blocker"). Only the page knows the site's options.
//
// The page is untrusted input like mail (a proxy, a login page, a hostile or broken site): one
// forward pass with indexOf, nothing re-scanned, every count bounded, no DOM and no HTML out.
// Trac 1.6 renders a select as
//   <select id="field-priority" name="field_priority"><option value="blocker">blocker</option>…
// with an empty first option (label="(unset)") when the field is optional, milestones inside
// <optgroup>s, and radio fields as <input type="radio" name="field_x" value="…">.

export interface TracFieldChoices {
  /** Trac's field name ("priority", "component", a custom field's name). */
  name: string;
  /** The field's label on the form ("Priority"), or the name when the page has none. */
  label: string;
  /** Option values in the page's order, each once. */
  options: string[];
  /** The form offers an empty choice: leaving the field blank is allowed. */
  optional: boolean;
}

export type NewTicketFormRead =
  | { ok: true; fields: TracFieldChoices[]; /** Something was over a limit and left out. */ cut: boolean }
  | { ok: false; problem: string };

export const FORM_LIMITS = {
  /** Characters of the page read; Trac's New Ticket page is ~30 KB, with big option lists a few 100 KB. */
  pageChars: 2_000_000,
  fields: 40,
  optionsPerField: 1_000,
  /** An option longer than this cannot be a real choice worth sending in a URL. */
  optionChars: 200,
  /** A tag longer than this is not part of Trac's form. */
  tagChars: 4_000,
} as const;

const FIELD_NAME = /^[a-z_][a-z0-9_]{0,63}$/i;

interface Tag {
  name: string;
  closing: boolean;
  attributes: Map<string, string>;
  /** Index just after the tag's ">". */
  end: number;
}

/** Reads the select and radio fields of Trac's New Ticket form from its HTML. */
export function readNewTicketForm(page: string, limits: typeof FORM_LIMITS = FORM_LIMITS): NewTicketFormRead {
  const html = page.length > limits.pageChars ? page.slice(0, limits.pageChars) : page;
  let cut = html.length < page.length;
  const fields = new Map<string, TracFieldChoices>();
  const labels = new Map<string, string>();
  let sawSummary = false;
  let select: TracFieldChoices | null = null;
  let option: { value: string | null; textStart: number } | null = null;

  const field = (name: string): TracFieldChoices | null => {
    const known = fields.get(name);
    if (known) return known;
    if (fields.size >= limits.fields) {
      cut = true;
      return null;
    }
    const made: TracFieldChoices = { name, label: name, options: [], optional: false };
    fields.set(name, made);
    return made;
  };
  const addOption = (into: TracFieldChoices, raw: string): void => {
    const value = collapseSpaces(decodeEntities(raw));
    if (value === '') {
      into.optional = true;
      return;
    }
    if (value.length > limits.optionChars || into.options.length >= limits.optionsPerField) {
      cut = true;
      return;
    }
    if (!into.options.includes(value)) into.options.push(value);
  };
  const closeOption = (at: number): void => {
    if (option && select) {
      // Text far longer than any option (markup soup, a page cut short) is not one.
      if (option.value === null && at - option.textStart > limits.optionChars * 8) cut = true;
      else addOption(select, option.value ?? html.slice(option.textStart, at));
    }
    option = null;
  };

  let pos = 0;
  while (pos < html.length) {
    const open = html.indexOf('<', pos);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      if (close < 0) break;
      pos = close + 3;
      continue;
    }
    const tag = readTag(html, open, limits.tagChars);
    if (typeof tag === 'number') {
      // Not a tag, or one too long for Trac's form: go on after what was looked at (never back).
      pos = tag;
      continue;
    }
    pos = tag.end;
    // An option's name is its text up to the next tag (Trac writes plain text there).
    closeOption(open);
    if (tag.name === 'script' || tag.name === 'style' || tag.name === 'textarea') {
      if (!tag.closing) pos = endOfRawText(html, tag.end, tag.name);
      continue;
    }
    if (tag.name === 'select') {
      if (tag.closing) {
        select = null;
        continue;
      }
      const name = fieldName(tag.attributes.get('name'));
      select = name ? field(name) : null;
    } else if (tag.name === 'option' && !tag.closing && select) {
      option = { value: tag.attributes.get('value') ?? null, textStart: tag.end };
    } else if (tag.name === 'input' && !tag.closing) {
      const name = fieldName(tag.attributes.get('name'));
      if (name === 'summary') sawSummary = true;
      const radio = name && tag.attributes.get('type')?.toLowerCase() === 'radio' ? field(name) : null;
      if (radio) addOption(radio, tag.attributes.get('value') ?? '');
    } else if (tag.name === 'label' && !tag.closing) {
      const name = fieldName(tag.attributes.get('for')?.replace('field-', 'field_'));
      const textEnd = html.indexOf('<', tag.end);
      if (name && textEnd > tag.end && textEnd - tag.end <= limits.optionChars) {
        labels.set(name, collapseSpaces(decodeEntities(html.slice(tag.end, textEnd))).replace(/:$/, ''));
      }
    }
  }
  closeOption(html.length);

  if (!sawSummary) {
    return { ok: false, problem: 'the page is not Trac\'s New Ticket form (it has no Summary field): log in to Trac, and check that your account may create tickets (TICKET_CREATE).' };
  }
  const read = [...fields.values()].filter((f) => f.options.length > 0);
  for (const f of read) f.label = labels.get(f.name) || f.name;
  return { ok: true, fields: read, cut };
}

/** "field_priority" → "priority"; anything else (other forms' inputs, odd names) → null. */
function fieldName(name: string | undefined): string | null {
  if (!name?.startsWith('field_')) return null;
  const bare = name.slice('field_'.length);
  return FIELD_NAME.test(bare) && !bare.startsWith('checkbox_') ? bare.toLowerCase() : null;
}

/**
 * The tag starting at `open` ("<select name=…>", "</option>"); when it is not a tag (a lone
 * "<") or longer than `maxChars`, the index to go on from instead, never more than `maxChars`
 * past `open` (so a page of unfinished tags is still read in one pass). Attribute values may be
 * quoted with " or ', or bare.
 */
function readTag(html: string, open: number, maxChars: number): Tag | number {
  let i = open + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  const nameStart = i;
  while (i < html.length && i - open < maxChars && isNameChar(html.charCodeAt(i))) i++;
  if (i === nameStart) return open + 1;
  const name = html.slice(nameStart, i).toLowerCase();
  const attributes = new Map<string, string>();
  const limit = Math.min(html.length, open + maxChars);
  while (i < limit) {
    const c = html[i]!;
    if (c === '>') return { name, closing, attributes, end: i + 1 };
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '/' || c === '\f') {
      i++;
      continue;
    }
    const keyStart = i;
    while (i < limit && !' \n\t\r\f/>='.includes(html[i]!)) i++;
    const key = html.slice(keyStart, i).toLowerCase();
    let value = '';
    if (html[i] === '=') {
      i++;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        let close = i + 1;
        while (close < limit && html[close] !== quote) close++;
        if (close >= limit) return limit;
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < limit && !' \n\t\r\f>'.includes(html[i]!)) i++;
        value = html.slice(valueStart, i);
      }
    }
    if (key !== '' && !attributes.has(key)) attributes.set(key, decodeEntities(value));
  }
  return Math.max(i, open + 1);
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** Index after the "</name>" that ends a raw-text element, or the page's end without one. */
function endOfRawText(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const close = html.indexOf('</', at);
    if (close < 0) return html.length;
    if (html.slice(close + 2, close + 2 + name.length).toLowerCase() === name) return close + 2 + name.length;
    at = close + 2;
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the character references Trac's templates write; an unknown one stays as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,6});/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/** Trac trims option names; the page's line breaks and indents around them are not part of them. */
function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
