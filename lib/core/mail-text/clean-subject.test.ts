import { describe, expect, it } from 'vitest';
import { cleanSubject } from './clean-subject';

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
