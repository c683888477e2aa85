import { describe, expect, it } from 'vitest';
import { organisationFromEmail } from './organisation-from-email';

describe('organisationFromEmail', () => {
  it.each([
    // Plain company domains.
    ['dana.whitfield@harborline.com', 'Harborline'],
    ['ops@harborline-logistics.com', 'Harborline Logistics'],
    ['j.doe@mail.acme-corp.de', 'Acme Corp'],
    ['it@eu.sub.globex.io', 'Globex'],
    ['DANA@HARBORLINE.COM', 'Harborline'],
    ['  dana@harborline.com.  ', 'Harborline'],
    // Country second-level suffixes.
    ['peter@bristol-freight.co.uk', 'Bristol Freight'],
    ['peter@mail.bristol-freight.co.uk', 'Bristol Freight'],
    ['ann@nhs-trust.nhs.uk', 'Nhs Trust'],
    ['kim@outback-data.com.au', 'Outback Data'],
    ['li@shanghai-bank.com.cn', 'Shanghai Bank'],
    ['taro@tokyo-soft.co.jp', 'Tokyo Soft'],
    ['sipho@joburg-ports.co.za', 'Joburg Ports'],
    ['ana@logistica.com.br', 'Logistica'],
    ['uni@cs.ox.ac.uk', 'Ox'],
    ['x@firm.us.com', 'Firm'],
    // Reserved example domains used by demo data: the label in front is the organisation.
    ['dana.whitfield@lakeside.example.com', 'Lakeside'],
    ['priya.raman@ftpgate.example.com', 'Ftpgate'],
    ['dana.whitfield@example.org', 'Example'],
    ['tomas.rivera@example.net', 'Example'],
    // Free mail providers: no organisation.
    ['dana.whitfield@gmail.com', ''],
    ['dana@googlemail.com', ''],
    ['dana@outlook.com', ''],
    ['dana@hotmail.co.uk', ''],
    ['dana@yahoo.com.au', ''],
    ['dana@live.fr', ''],
    ['dana@icloud.com', ''],
    ['dana@me.com', ''],
    ['dana@proton.me', ''],
    ['dana@gmx.de', ''],
    ['dana@web.de', ''],
    ['dana@orange.fr', ''],
    ['dana@btinternet.com', ''],
    // A company whose label is also an ISP elsewhere keeps its name.
    ['dana@orange.com', 'Orange'],
    // Unreadable input.
    ['', ''],
    ['Dana Whitfield', ''],
    ['dana@localhost', ''],
    ['dana@[192.0.2.10]', ''],
    ['dana@192.0.2.10', ''],
    ['dana@xn--mller-kva.de', ''],
    ['dana@co.uk', ''],
  ])('%s → %j', (email, expected) => {
    expect(organisationFromEmail(email)).toBe(expected);
  });
});
