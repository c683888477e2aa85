import { describe, expect, it } from 'vitest';
import { collectLogLines, logLineKind } from './log-lines';

describe('logLineKind', () => {
  it.each([
    ['2025-01-06 13:58:02 STOR /inbound/manifest_0106.tar 550 File exceeds MaxFileSize', 'server'],
    ['2025-01-06T13:58:02Z INFO session 42 closed', 'server'],
    ['| 20156 2025-01-06 09:41:02 Process 1234 started', 'server'],
    ['[2025-01-06 09:41:02] ERROR tls handshake failed', 'server'],
    ['2025/01/06 09:41:02 listener 21 ready', 'server'],
    ['06/01/2025 09:41:02 Upload of report.csv failed', 'server'],
    ['Jan  6 09:41:02 ftp01 ftpgate[2211]: LDAP bind failed', 'server'],
    ['203.0.113.25 - dana [06/Jan/2025:09:41:02 +0000] "PUT /upload/a.csv HTTP/1.1" 413 0', 'server'],
    ['. 2025-01-06 09:41:02.123 Looking up host "sftp.example.com" for SFTP connection', 'client'],
    ['! 2025-01-06 09:41:03.001 Server refused our key', 'client'],
    ['Status:\tConnecting to 203.0.113.25:21...', 'client'],
    ['09:41:02 Response: 550 File exceeds MaxFileSize', 'client'],
    ['2025-01-06 09:41:02 1234 1 Command: PASV', 'client'],
    ['* Trying 203.0.113.25:443...', 'client'],
    ['> STOR big.tar', 'client'],
    ['< 226 Transfer complete', 'client'],
    ['curl: (28) Operation timed out after 30000 milliseconds', 'client'],
    ['debug1: Authentications that can continue: publickey,password', 'client'],
    // Prose with a date is not a log line.
    ['On 2025-01-06 09:41 we restarted the service.', null],
    ['The upload started at 09:41 and failed at 10:15.', null],
    ['> FTPGate Server 4.2 introduced a default MaxFileSize of 2 GB.', null],
    ['', null],
  ])('%j → %s', (line, kind) => {
    expect(logLineKind(line)).toBe(kind);
  });
});

describe('collectLogLines', () => {
  it('keeps a stack trace with its log line and stops at prose', () => {
    const text = [
      'It fails like this:',
      '2025-01-06 09:41:02 ERROR Unhandled exception in transfer',
      '    at com.example.ftpgate.Transfer.run(Transfer.java:88)',
      '    at java.base/java.lang.Thread.run(Thread.java:833)',
      'Thanks, Dana',
      '  indented prose after prose is not kept',
    ].join('\n');
    expect(collectLogLines([text])).toEqual({
      server: [
        '2025-01-06 09:41:02 ERROR Unhandled exception in transfer',
        '    at com.example.ftpgate.Transfer.run(Transfer.java:88)',
        '    at java.base/java.lang.Thread.run(Thread.java:833)',
      ],
      client: [],
    });
  });

  it('separates server and client lines from several messages', () => {
    const lines = collectLogLines([
      '2025-01-06 09:41:02 LOGIN dana\r\n2025-01-06 09:41:03 STOR a.csv 226',
      'Status:\tConnected\nCommand:\tSTOR a.csv',
    ]);
    expect(lines.server).toHaveLength(2);
    expect(lines.client).toEqual(['Status:\tConnected', 'Command:\tSTOR a.csv']);
  });

  it('caps the number of lines kept', () => {
    const text = '2025-01-06 09:41:02 RETR x 226\n'.repeat(50);
    expect(collectLogLines([text], 10).server).toHaveLength(10);
  });
});
