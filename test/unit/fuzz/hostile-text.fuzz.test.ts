import { describe, expect, it } from 'vitest';
import { classifyThread } from '../../../lib/core/classifier/classify';
import { context, message, thread } from '../../../lib/core/classifier/test-support';
import { extractInstallationDetails } from '../../../lib/core/installation-details/extract-installation-details';
import { collectLogLines } from '../../../lib/core/installation-details/log-lines';
import { ownWords } from '../../../lib/core/installation-details/customer-text';
import { mulberry32, type Rng } from '../../../lib/core/seeded-random';
import { renderTemplate } from '../../../lib/core/templates/render-template';
import { templateProblems } from '../../../lib/core/templates/template-limits';
import { buildNewTicketUrl } from '../../../lib/core/trac/new-ticket-url';
import { sampleCase, sampleSettings, sampleThread } from '../../../lib/core/trac/test-samples';
import { ticketDescription } from '../../../lib/core/trac/ticket-description';
import { codeBlockProblems, inlineProblems } from '../../../lib/core/trac/wiki-invariants';
import { TRAC_LINE_BREAK, wikiCodeBlock, wikiInline, wikiLink } from '../../../lib/core/trac/wiki-text';
import { parseGmailRoute } from '../../../lib/hosts/gmail/route';
import { parseGroupsRoute } from '../../../lib/hosts/groups/route';
import { fuzzLength, hostileText } from './hostile-text';

/**
 * 10,000 cases take a few seconds; on a busy 2-core machine over 20 s. The speed each input must
 * keep is checked per case (the 100 ms below), so the whole run only needs room to finish.
 */
const FUZZ_TIMEOUT_MS = 180_000;

// Hostile mail (issue #11): no input makes a pure function throw, take over 100 ms on 5 KB, or
// produce wiki text that escapes its code block or inline code. Fixed seeds: a failure repeats.
const LIMIT_MS = 100;

interface Failure { index: number; input: string; problem: string }

/** Runs `check` on `count` hostile inputs and returns the failures (the first few are enough). */
function fuzz(seed: number, count: number, check: (rng: Rng, index: number) => string[]): Failure[] {
  const rng = mulberry32(seed);
  const failures: Failure[] = [];
  for (let index = 0; index < count && failures.length < 5; index++) {
    try {
      for (const problem of check(rng, index)) failures.push({ index, input: '', problem });
    } catch (error) {
      failures.push({ index, input: '', problem: `threw ${String(error)}` });
    }
  }
  return failures;
}

/** Calls `run`; a second try if the first was slow, so one GC pause does not fail the suite. */
function slowness<T>(label: string, input: string, run: () => T): { value: T; problems: string[] } {
  let started = performance.now();
  let value = run();
  if (performance.now() - started > LIMIT_MS) {
    started = performance.now();
    value = run();
    const ms = performance.now() - started;
    if (ms > LIMIT_MS) return { value, problems: [`${label} took ${Math.round(ms)} ms on ${JSON.stringify(input.slice(0, 80))}… (${input.length} chars)`] };
  }
  return { value, problems: [] };
}

const text = (rng: Rng): string => hostileText(rng, fuzzLength(rng));

describe('fuzz: Trac wiki text', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('wikiInline: 10,000 inputs, the value stays inline code or plain text', () => {
    expect(fuzz(11, 10_000, (rng) => {
      const input = text(rng);
      const { value, problems } = slowness('wikiInline', input, () => wikiInline(input));
      return [...problems, ...inlineProblems(value).map((p) => `${p}: ${JSON.stringify(input.slice(0, 200))} → ${JSON.stringify(value.slice(0, 200))}`)];
    })).toEqual([]);
  });

  it('wikiCodeBlock: 10,000 inputs, no line closes or opens a block', () => {
    expect(fuzz(12, 10_000, (rng) => {
      const input = text(rng);
      const { value, problems } = slowness('wikiCodeBlock', input, () => wikiCodeBlock(input));
      return [...problems, ...codeBlockProblems(value).map((p) => `${p}: ${JSON.stringify(input.slice(0, 200))}`)];
    })).toEqual([]);
  });

  it('wikiLink: 10,000 inputs, one line with one closing bracket', () => {
    expect(fuzz(13, 10_000, (rng) => {
      const url = `https://trac.example.com/${text(rng)}`;
      const link = wikiLink(url, text(rng));
      const closing = link.indexOf(']');
      return TRAC_LINE_BREAK.test(link) || closing !== link.length - 1 ? [`link breaks out: ${JSON.stringify(link.slice(0, 200))}`] : [];
    })).toEqual([]);
  });

  it('ticketDescription and buildNewTicketUrl: 10,000 hostile cases, every table cell and block stays inert', () => {
    const settings = sampleSettings();
    expect(fuzz(14, 10_000, (rng) => {
      const customer = { name: text(rng), email: text(rng), organisation: text(rng) };
      const problem = text(rng);
      const serverLog = rng() < 0.5 ? text(rng) : '';
      const description = ticketDescription({
        customer: { ...sampleCase().customer, ...customer }, originator: 'customer', caseId: text(rng), conversationUrl: 'https://mail.google.com/mail/u/0/#inbox/x', host: 'gmail',
        details: extractInstallationDetails([problem]), problem, serverLog, clientLog: '', shortened: [], valueLimit: 160,
      });
      const problems: string[] = [];
      // Every table row: "||= Label =|| value ||" on one Trac line, its value inert.
      for (const line of description.split(TRAC_LINE_BREAK).filter((l) => l.startsWith('||='))) {
        const cell = /^\|\|= [^=]+ =\|\| (.*) \|\|$/.exec(line)?.[1];
        if (cell === undefined) problems.push(`malformed row ${JSON.stringify(line.slice(0, 120))}`);
        else if (!cell.startsWith("'''") && !cell.startsWith("''") && !cell.startsWith('[')) {
          problems.push(...inlineProblems(cell.replace(/ '''\(incomplete\)'''$/, '')).map((p) => `${p} in ${JSON.stringify(line.slice(0, 120))}`));
        }
      }
      // Every block: from a "{{{" line to the next line that closes it.
      for (const block of description.match(/^\{\{\{\n[\s\S]*?\n\}\}\}$/gm) ?? []) problems.push(...codeBlockProblems(block));
      const link = slowness('buildNewTicketUrl', problem, () => buildNewTicketUrl({
        trac: settings.trac, supportCase: sampleCase({ customer: { ...sampleCase().customer, ...customer } }), thread: sampleThread(), customerTexts: [problem], vars: { a: text(rng) },
      }));
      return [...problems, ...link.problems];
    })).toEqual([]);
  });
});

describe('fuzz: templates', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('renderTemplate and templateProblems: 10,000 hostile templates', () => {
    expect(fuzz(21, 10_000, (rng) => {
      const body = text(rng);
      const vars = { a: rng() < 0.5 ? '' : text(rng), b: text(rng), 'customer.firstName': '{{a}}' };
      const { value, problems } = slowness('renderTemplate', body, () => renderTemplate(body, vars));
      const listed = templateProblems(body);
      if (value.failed && listed.length === 0) problems.push(`failed without a problem: ${JSON.stringify(body.slice(0, 120))}`);
      return problems;
    })).toEqual([]);
  });
});

describe('fuzz: classifier and installation details', { timeout: FUZZ_TIMEOUT_MS }, () => {
  const ctx = context();
  it('classifyThread: 10,000 hostile threads', () => {
    expect(fuzz(31, 10_000, (rng) => {
      const messages = Array.from({ length: 1 + Math.floor(rng() * 3) }, (_, i) => message(i % 2 ? 'anna@support.example.com' : 'c@customer.example', text(rng), i * 60_000));
      const subject = hostileText(rng, Math.floor(rng() * 120));
      return slowness('classifyThread', messages.map((m) => m.body).join(''), () => classifyThread(thread(subject, messages), ctx)).problems;
    })).toEqual([]);
  });

  it('extractInstallationDetails, collectLogLines, ownWords: 10,000 hostile messages', () => {
    expect(fuzz(32, 10_000, (rng) => {
      const texts = [text(rng), ...(rng() < 0.3 ? [text(rng)] : [])];
      return slowness('extract', texts.join(''), () => {
        collectLogLines(texts.map(ownWords));
        return extractInstallationDetails(texts);
      }).problems;
    })).toEqual([]);
  });
});

describe('fuzz: route parsers', { timeout: FUZZ_TIMEOUT_MS }, () => {
  it('parseGmailRoute and parseGroupsRoute: 10,000 hostile URLs each', () => {
    expect(fuzz(41, 10_000, (rng) => {
      const tail = encodeURI(text(rng).replace(/[\ud800-\udfff]/g, 'x'));
      const gmail = slowness('parseGmailRoute', tail, () => parseGmailRoute(new URL(`https://mail.google.com/mail/u/0/#${tail}`)));
      const groups = slowness('parseGroupsRoute', tail, () => parseGroupsRoute(new URL(`https://groups.google.com/${rng() < 0.5 ? 'g/' : 'forum/#!topic/'}${tail}`)));
      return [...gmail.problems, ...groups.problems];
    })).toEqual([]);
  });
});
