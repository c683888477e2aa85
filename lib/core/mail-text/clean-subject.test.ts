import { describe, expect, it } from 'vitest';
import { cleanSubject, conversationSubject } from './clean-subject';

describe('cleanSubject', () => {
  it.each([
    ['Re: Upload fails with 550 on files over 2 GB', 'Upload fails with 550 on files over 2 GB'],
    ['RE: RE: Re: Upload fails', 'Upload fails'],
    ['Fwd: FW: Fw: TR: Upload fails', 'Upload fails'],
    ['AW: WG: Übertragung bricht ab', 'Übertragung bricht ab'],
    ['SV: VS: RV: RIF: Antw: Doorst: x', 'x'],
    ['Re[2]: Re(3): Upload fails', 'Upload fails'],
    ['[EXTERNAL] RE: Upload fails', 'Upload fails'],
    ['[Fwd] Upload fails', 'Upload fails'],
    ['Re：全角コロン', '全角コロン'],
    ['  Re:   Upload\n  fails  ', 'Upload fails'],
    ['Regarding: licence renewal', 'Regarding: licence renewal'],
    ['Return code 550 after Re-install', 'Return code 550 after Re-install'],
    ['FTPGate Server 4.2: passive-mode transfers time out', 'FTPGate Server 4.2: passive-mode transfers time out'],
    ['Re:', ''],
    ['', ''],
  ])('%j → %j', (subject, clean) => {
    expect(cleanSubject(subject)).toBe(clean);
  });
});

describe('conversationSubject', () => {
  it.each([
    ['Upload fails with 550 on files over 2 GB', 'upload fails with 550 on files over 2 gb'],
    ['[ftpgate-help] Re: Upload fails', 'upload fails'],
    ['Re: [ftpgate-help] RE: [ftpgate-help] Upload fails', 'upload fails'],
    ['AW: [EXTERNAL] Übertragung bricht ab', 'übertragung bricht ab'],
    // NFC: "é" typed as e + combining accent and as one code point are one subject.
    ['Re: Caf\u0065\u0301 licence', 'caf\u00e9 licence'],
    ['(no subject)', ''],
    ['Re:', ''],
    ['', ''],
    ['Scheduled job [daily] runs twice', 'scheduled job [daily] runs twice'],
  ])('%j → %j', (subject, key) => {
    expect(conversationSubject(subject)).toBe(key);
  });

  it.each([
    ['Re: ', 'x'],
    ['[a] ', 'x'],
    [' ', 'x'],
    ['[', 'x'],
  ])('stays linear on hostile input: %j × 50,000', (unit, tail) => {
    const hostile = unit.repeat(50_000) + tail;
    const started = performance.now();
    conversationSubject(hostile);
    cleanSubject(hostile);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
