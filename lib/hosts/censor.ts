/**
 * Replacement rules for censored snapshots. Within one snapshot the same input always gets the
 * same replacement, so a bug report still shows which ids, addresses and links are equal.
 */
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export class Censor {
  private readonly memo = new Map<string, string>();
  private counter = 0;

  private remember(kind: string, value: string, make: (n: number) => string): string {
    const key = `${kind}\u0000${value}`;
    let replacement = this.memo.get(key);
    if (replacement === undefined) {
      this.counter += 1;
      replacement = make(this.counter);
      this.memo.set(key, replacement);
    }
    return replacement;
  }

  /** Same length, whitespace kept: "Dana Whitfield" → "xxxx xxxxxxxxx". */
  text(value: string): string {
    return value.replace(/\S/g, 'x');
  }

  email(value: string): string {
    return this.remember('email', value.toLowerCase(), (n) => `person${n}@censored.invalid`);
  }

  /** Text that may hold addresses: addresses mapped, the rest x'ed. */
  freeText(value: string): string {
    return value.split(EMAIL).map((part) => this.text(part)).reduce((out, part, i) => {
      const address = value.match(EMAIL)?.[i - 1];
      return out + (address ? this.email(address) : '') + part;
    });
  }

  /**
   * Ids keep their shape: every run of 6+ hex/decimal digits becomes a zero-padded counter of the
   * same length, so `#msg-f:1820509234790511148` → `#msg-f:0000000000000000007`.
   */
  id(value: string): string {
    if (value.includes('@')) return this.email(value);
    return this.remember('id', value, (n) => value.replace(/[0-9a-fA-F]{6,}/g, (run) => String(n).padStart(run.length, '0')));
  }

  /** Opaque tokens (URL tokens, jslog payloads): a numbered placeholder. */
  opaque(value: string): string {
    return this.remember('opaque', value, (n) => `censored${n}`);
  }

  url(value: string): string {
    const trimmed = value.trim();
    if (/^mailto:/i.test(trimmed)) return `mailto:${this.email(trimmed.slice(7).split('?')[0] ?? '')}`;
    if (/^data:/i.test(trimmed)) return `${/^data:[^,;]*/i.exec(trimmed)?.[0] ?? 'data:'},`;
    if (trimmed.startsWith('#')) return `#${this.text(trimmed.slice(1))}`;
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase() ?? 'relative';
    return this.remember('url', trimmed, (n) => `${scheme === 'relative' ? '' : `${scheme}://`}link${n}.invalid/`);
  }

  /** Generated ids keep Gmail's `:3n` form (no user data); anything else is an id. */
  idRefs(value: string): string {
    return value.split(/\s+/).map((token) => (/^:[0-9a-z_-]+$/i.test(token) ? token : this.opaque(token))).join(' ');
  }
}
