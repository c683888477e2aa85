import { describe, expect, it } from 'vitest';
import { extractInstallationDetails } from './extract-installation-details';
import { INSTALLATION_ITEMS, type InstallationItem } from './installation-item';

type Expected = Partial<Record<InstallationItem, string>>;

// Each row: customer messages (oldest first) and the value of every item they give. Items not
// listed must be reported missing.
const ROWS: [string, string[], Expected][] = [
  [
    'Harborline: upgrade to 4.2 breaks uploads over 2 GB (fixture thread)',
    [
      `Hello Example Support team,
Since we upgraded to FTPGate Server 4.2 last Friday, every upload of a file larger than 2 GB fails with 550 Requested action not taken. Files below 2 GB go through fine. We are on Windows Server 2022, licence FG-42-ENT-0931.
Could you take a look?
Dana Whitfield
IT Operations, Harborline Logistics`,
      `Quick follow-up: switching the client to passive mode makes no difference, the transfer still stops at exactly 2,147,483,647 bytes and the server answers 550.
The server log shows:
2025-01-06 13:58:02 STOR /inbound/manifest_0106.tar 550 File exceeds MaxFileSize
Thanks,
Dana`,
    ],
    { productVersion: 'FTPGate Server 4.2', os: 'Windows Server 2022', protocols: 'FTP', serverLog: '1 log line pasted' },
  ],
  [
    'Lakeside: PASV time-outs after upgrade (Groups fixture)',
    [
      `Hi FTPGate support team,
Since upgrading our FTPGate Server from 4.1.3 to 4.2.0 last night, every passive-mode (PASV) transfer from our partners times out after about 30 seconds. Active-mode transfers still work, and the server log shows "425 Can't open data connection" for each failed attempt.
Our passive port range is 50000-50100 and the firewall rules have not changed. Is there a new setting in 4.2 that we missed?`,
    ],
    { productVersion: 'FTPGate Server 4.2.0', protocols: 'FTP', integrations: 'firewall' },
  ],
  [
    'explicit "version" with three parts',
    ['We are running FTPGate version 4.2.1 on Ubuntu 22.04 LTS and users connect over SFTP only.'],
    { productVersion: 'FTPGate 4.2.1', os: 'Ubuntu 22.04', protocols: 'SFTP' },
  ],
  [
    '"v" prefix and RHEL',
    ['After the update to SFTPPlus v3.50.0 our RHEL 8 server refuses logins from the LDAP users.'],
    { productVersion: 'SFTPPlus 3.50.0', os: 'RHEL 8', integrations: 'LDAP' },
  ],
  [
    'bare "we run 4.2"',
    ['we run 4.2 on two Debian 12 boxes behind an F5 load balancer, active/active.'],
    { productVersion: '4.2', os: 'Debian 12', integrations: 'load balancer, high availability' },
  ],
  [
    'does not know the version: negation',
    ["I don't know the version, it was installed by a contractor years ago. It runs on some Linux box. We use SFTP and FTPS."],
    { protocols: 'SFTP, FTPS' },
  ],
  [
    'unsure between two versions',
    ["Not sure whether we are on 4.1 or 4.2, I can't check until Monday. The server is Windows Server 2019."],
    { os: 'Windows Server 2019' },
  ],
  [
    'asks about a version it does not run',
    ['Does version 4.3 fix the MaxFileSize problem? We are on AIX 7.2 with plain FTP.'],
    { os: 'AIX 7.2', protocols: 'FTP' },
  ],
  [
    'plans an upgrade: target version is not the running one',
    ['We plan to upgrade to 4.3 next month. Our HTTPS uploads from the web client fail on Solaris 11.'],
    { os: 'Solaris 11', protocols: 'HTTPS' },
  ],
  [
    'other software versions are not the product',
    ['Clients use FileZilla 3.66.4 and WinSCP 6.1, the server has OpenSSL 3.0.2 and Java 17.0.2. TLS version 1.2 is enforced for FTPS.'],
    { protocols: 'FTPS' },
  ],
  [
    'SFTPPlus-style server log pasted with event ids',
    [
      `Here is what the server says:
| 20156 2025-01-06 09:41:02 Process 1234 started
| 20000 2025-01-06 09:41:05 New connection from 203.0.113.25:50122 over SFTP
| 20157 2025-01-06 09:41:06 Failed to authenticate dana via password.`,
    ],
    { protocols: 'SFTP', serverLog: '3 log lines pasted' },
  ],
  [
    'syslog lines and Active Directory users',
    [
      `Our AD users cannot log in since this morning. From /var/log/messages:
Jan  6 09:41:02 ftp01 ftpgate[2211]: LDAP bind failed: invalid credentials
Jan  6 09:41:07 ftp01 ftpgate[2211]: LDAP bind failed: invalid credentials`,
    ],
    { serverLog: '2 log lines pasted', integrations: 'LDAP, Active Directory' },
  ],
  [
    'server log attached, no lines pasted',
    ['Please find attached the server log from today (ftpgate-2025-01-06.log). We use SCP and SFTP from our mainframe.'],
    { protocols: 'SFTP, SCP', serverLog: 'server log attached' },
  ],
  [
    'server log promised for tomorrow: not there yet',
    ['I will send the server log tomorrow when the admin is back. The product version is 4.2.'],
    { productVersion: '4.2' },
  ],
  [
    'cannot find the log',
    ["I can't find the server log anywhere, where is it stored? Version 4.2.1 on Windows Server 2016."],
    { productVersion: '4.2.1', os: 'Windows Server 2016' },
  ],
  [
    'FileZilla client log pasted',
    [
      `Here is the FileZilla output:
Status:	Connecting to 203.0.113.25:21...
Status:	Connection established, waiting for welcome message...
Response:	220 FTPGate Server ready
Command:	AUTH TLS
Response:	234 Using authentication type TLS
Error:	Could not read from socket: ECONNRESET`,
    ],
    { protocols: 'FTPS', clientLog: '6 log lines pasted' },
  ],
  [
    'WinSCP log lines are client-side even though they are time-stamped',
    [
      `. 2025-01-06 09:41:02.123 Looking up host "sftp.lakeside.example.com" for SFTP connection
. 2025-01-06 09:41:02.456 Connecting to 203.0.113.25 port 22
! 2025-01-06 09:41:03.001 Server refused our key`,
    ],
    { protocols: 'SFTP', clientLog: '3 log lines pasted' },
  ],
  [
    'curl -v output',
    [
      `curl -v gives:
* Trying 203.0.113.25:443...
* Connected to files.lakeside.example.com (203.0.113.25) port 443
> PUT /upload/report.csv HTTP/1.1
< HTTP/1.1 413 Request Entity Too Large`,
    ],
    { clientLog: '4 log lines pasted' },
  ],
  [
    'client log attached by name',
    ['I have attached the WinSCP log of the failed session. Server is 4.2.1 on Windows 2019.'],
    { productVersion: '4.2.1', os: 'Windows Server 2019', clientLog: 'WinSCP log attached' },
  ],
  [
    'both logs attached',
    ['Attached are the server log and the client log for the 10:15 transfer. We are on version 5.0.2, Rocky Linux 9, AS2 with our bank.'],
    { productVersion: '5.0.2', os: 'Rocky Linux 9', protocols: 'AS2', serverLog: 'server log attached', clientLog: 'client log attached' },
  ],
  [
    'denied integrations are an answer',
    ["No proxy and no load balancer. We don't use LDAP, local accounts only. FTPGate 4.2 on macOS 14."],
    { productVersion: 'FTPGate 4.2', os: 'macOS 14', integrations: 'no LDAP, no load balancer, no proxy' },
  ],
  [
    'stand-alone server is an answer',
    ['It is a standalone server, no integrations with anything. Windows Server 2012 R2, FTPGate 3.9.'],
    { productVersion: 'FTPGate 3.9', os: 'Windows Server 2012 R2', integrations: 'none' },
  ],
  [
    'unsure about a proxy: no answer',
    ["I'm not sure if there is a proxy in front of it, I'll ask the network team."],
    {},
  ],
  [
    'SSO with SAML via Okta, reverse proxy and antivirus',
    ['Users sign in with SSO (SAML through Okta). Uploads pass a reverse proxy and an ICAP antivirus scan. We use WebDAV and HTTPS.'],
    { protocols: 'HTTPS, WebDAV', integrations: 'SSO, SAML, Okta, proxy, antivirus' },
  ],
  [
    'cluster and DLP',
    ['Two-node cluster with failover, plus DLP inspection of outgoing files. FTPS implicit on port 990.'],
    { protocols: 'FTPS', integrations: 'high availability, DLP' },
  ],
  [
    'name-only OS is partial',
    ['It runs on Windows. FTP works, SFTP does not.'],
    { protocols: 'SFTP, FTP' },
  ],
  [
    'quoted staff reply is not the customer\'s',
    [
      `Thanks, that fixed it!

On Tue, Jan 7, 2025 at 10:03 AM Sam Ortega <support@example.com> wrote:
> FTPGate Server 4.2 introduced a default MaxFileSize of 2 GB. Please check your
> Windows Server 2022 firewall and the SFTP settings.`,
    ],
    {},
  ],
  [
    'Outlook original message is cut off',
    [
      `We are still on 4.1.3.

-----Original Message-----
From: FTPGate Support <support@example.com>
Sent: Monday, January 6, 2025 10:03 AM
Can you tell us if you use LDAP or Active Directory, and send the server log?`,
    ],
    { productVersion: '4.1.3' },
  ],
  [
    'signature URL and sizes are not protocols or versions',
    ['Transfers of 2.5 GB fail after 15.5 minutes.\n--\nDana Whitfield\nhttps://www.lakeside.example.com | IP 203.0.113.25'],
    {},
  ],
  [
    'Azure AD with MFA and Server 2025',
    ['Admins log in with Azure AD and MFA. Host: Server 2025 Datacenter. Product build 4.2.1.'],
    { productVersion: '4.2.1', os: 'Windows Server 2025', integrations: 'Azure AD / Entra ID, MFA' },
  ],
  [
    'protocol no longer used, and a disabled one',
    ["We don't use FTP anymore, only SFTP. FTPS is disabled on the listener. We're on 4.2.1, does 4.3 fix it?"],
    { productVersion: '4.2.1', protocols: 'SFTP' },
  ],
  [
    '"FTP server" names the product kind, not the protocol',
    ['Our FTP server is FTPGate 4.2 and all partners connect with SFTP keys.'],
    { productVersion: 'FTPGate 4.2', protocols: 'SFTP' },
  ],
  [
    'Linux by codename and by full name',
    ['Primary node: Ubuntu Jammy. DR node: Red Hat Enterprise Linux 9.2. Both run release 4.2.'],
    { productVersion: '4.2', os: 'Ubuntu Jammy, RHEL 9.2' },
  ],
  [
    'dates and addresses are not versions',
    ['The job from 2025.01.06 failed again, the NAT address is 10.20.30.40 and SMB share \\\\fs01 is mounted.'],
    { integrations: 'firewall, network storage' },
  ],
  [
    'empty and blank messages',
    ['', '   \n  '],
    {},
  ],
];

describe('extractInstallationDetails', () => {
  it.each(ROWS)('%s', (_title, texts, expected) => {
    const details = extractInstallationDetails(texts);
    for (const item of INSTALLATION_ITEMS) {
      const want = expected[item];
      expect({ item, present: details[item].present }).toEqual({ item, present: want !== undefined });
      if (want !== undefined) {
        expect({ item, value: details[item].value }).toEqual({ item, value: want });
        expect(details[item].evidence).not.toBe('');
      }
    }
    expect(details.missingItems).toEqual(INSTALLATION_ITEMS.filter((item) => expected[item] === undefined));
  });

  it('keeps a partial operating system answer visible without counting it', () => {
    const details = extractInstallationDetails(['It runs on Windows. FTP works, SFTP does not.']);
    expect(details.os).toMatchObject({ present: false, value: 'Windows' });
    expect(details.os.evidence).toContain('runs on Windows');
  });

  it('quotes the customer line as evidence', () => {
    const details = extractInstallationDetails(['Hi,\nWe are on Windows Server 2022.\nThanks']);
    expect(details.os.evidence).toBe('We are on Windows Server 2022.');
  });

  it.each([
    ['repeated version cues', 'upgraded from 4.1 to '.repeat(50_000)],
    ['repeated names', 'Windows FTP server LDAP proxy '.repeat(35_000)],
    ['repeated quote headers', 'On Mon, Jan 6 Dana wrote\n'.repeat(40_000)],
    ['one endless line', 'a'.repeat(1_000_000)],
  ])('stays fast on a hostile 1 MB body: %s', (_title, body) => {
    const started = performance.now();
    extractInstallationDetails([body]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stays fast on a 1 MB body', () => {
    const huge = `${'2025-01-06 09:41:02 RETR /out/file.csv 226 Transfer complete\n'.repeat(8000)}${'lorem ipsum FTP 4.2 '.repeat(30000)}`;
    const started = performance.now();
    const details = extractInstallationDetails([huge]);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(details.serverLog.present).toBe(true);
  });
});
