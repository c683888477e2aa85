import { describe, expect, it } from 'vitest';
import { readSendAs } from './send-as';
import { documentOf, loadPage, OWN_DIR } from './test-support/fixture-pages';

describe('readSendAs', () => {
  it('reads the From address and the From menu of a reply from a send-as address (own thread-send-as)', () => {
    const doc = loadPage(OWN_DIR, 'thread-send-as.html');
    expect(readSendAs(doc)).toEqual(['helpdesk@example.net', 'support@example.net', 'support@example.net']);
  });

  it('an account without send-as addresses shows only its own From address', () => {
    expect(readSendAs(loadPage(OWN_DIR, 'thread-inline-reply.html'))).toEqual(['helpdesk@example.net']);
  });

  it('no compose open, nothing', () => {
    expect(readSendAs(loadPage(OWN_DIR, 'thread-missing-anchors.html'))).toEqual([]);
  });

  it('a From menu inside a message body is the sender\'s HTML, not Gmail\'s: ignored', () => {
    const doc = documentOf(`<div class="ii gt"><div class="a3s aiL"><div class="J-M jQjAxd J-M-awS" role="menu"><div class="SK AX">
      <div class="J-N" role="menuitem" value="mallory@example.org">Mallory</div></div></div>
      <form><input name="from" type="hidden" value="mallory@example.org"></form></div></div>`);
    expect(readSendAs(doc)).toEqual([]);
  });

  it('menus without values (Edit subject, Pop out reply) are not From menus', () => {
    const doc = documentOf(`<div class="M9"><div class="J-M jQjAxd HX" role="menu"><div class="SK AX"><div class="J-N" role="menuitem">Edit subject</div></div></div></div>`);
    expect(readSendAs(doc)).toEqual([]);
  });
});
