// Real-looking data for the tests of templates and Trac links (the Harborline thread of the
// Gmail fixtures). Used by tests only.

import type { ChecklistItem, SupportCase } from '../../model/case';
import { defaultSettings, type Settings } from '../../model/settings';
import type { ThreadSnapshot } from '../../model/thread';

const JAN_6_2025_0941 = Date.UTC(2025, 0, 6, 9, 41);
const JAN_6_2025_1415 = Date.UTC(2025, 0, 6, 14, 15);

const todo: ChecklistItem = { done: false, note: '', doneAt: null };

export function sampleThread(overrides: Partial<ThreadSnapshot> = {}): ThreadSnapshot {
  return {
    host: 'gmail',
    account: 'support@example.com',
    threadId: '1943afd33e03a1f2',
    permId: 'thread-f:1820491996201198066',
    group: null,
    subject: 'Re: Upload fails with 550 on files over 2 GB',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS',
    messages: [
      {
        id: '1943afd33e03a1f2',
        syncId: 'msg-f:1820491996201198066',
        from: { name: 'Dana Whitfield', email: 'dana.whitfield@harborline.example.com' },
        sentAt: JAN_6_2025_0941,
        dateText: 'Jan 6, 2025, 9:41 AM',
        body: 'Hello Example Support team,\nSince we upgraded to FTPGate Server 4.2 last Friday, every upload of a file larger than 2 GB fails with 550 Requested action not taken. Files below 2 GB go through fine. We are on Windows Server 2022, licence FG-42-ENT-0931.\nCould you take a look?\nDana Whitfield\nIT Operations, Harborline Logistics',
        state: 'expanded',
      },
      {
        id: '1943bf80ea01b22c',
        syncId: 'msg-f:1820509234790511148',
        from: { name: 'Dana Whitfield', email: 'dana.whitfield@harborline.example.com' },
        sentAt: JAN_6_2025_1415,
        dateText: 'Jan 6, 2025, 2:15 PM',
        body: 'Quick follow-up: switching the client to passive mode makes no difference.\nThe server log shows:\n2025-01-06 13:58:02 STOR /inbound/manifest_0106.tar 550 File exceeds MaxFileSize\nThanks,\nDana',
        state: 'expanded',
      },
    ],
    messageCount: 2,
    replyOpen: false,
    collaborative: null,
    problems: [],
    ...overrides,
  };
}

export function sampleCase(overrides: Partial<SupportCase> = {}): SupportCase {
  return {
    id: 'gmail:support@example.com:1943afd33e03a1f2',
    host: 'gmail',
    account: 'support@example.com',
    threadId: '1943afd33e03a1f2',
    threadUrl: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZSZCFKGTRmGLQvkTZplKBzhhS',
    subject: 'Upload fails with 550 on files over 2 GB',
    customer: { name: 'Dana Whitfield', email: 'dana.whitfield@harborline.example.com', organisation: 'Harborline' },
    originator: 'customer',
    source: 'email',
    status: 'in_progress',
    owner: 'sam.ortega@example.com',
    createdAt: JAN_6_2025_0941,
    updatedAt: JAN_6_2025_1415,
    awaitingSince: [JAN_6_2025_0941],
    dueAt: Date.UTC(2025, 0, 7, 17, 30),
    lastMessageAt: JAN_6_2025_1415,
    lastMessageId: '1943bf80ea01b22c',
    lastMessageFrom: 'customer',
    reopenCount: 0,
    category: 'defect',
    assessment: {
      verify_details: todo,
      acknowledge: todo,
      verify_understanding: todo,
      ask_information_or_diagnose: todo,
      inform_time_needed: todo,
    },
    troubleshooting: {
      identify_problem: todo,
      establish_theory: todo,
      test_theory: todo,
      establish_plan: todo,
      determine_status: todo,
      make_record: todo,
    },
    notes: '',
    tickets: [],
    linkedCaseIds: [],
    version: 1,
    ...overrides,
  };
}

export function sampleSettings(overrides: Partial<Settings> = {}): Settings {
  return {
    ...defaultSettings,
    identity: { name: 'Sam Ortega', emails: ['sam.ortega@example.com'] },
    team: [{ name: 'Sam Ortega', email: 'sam.ortega@example.com' }],
    links: { ...defaultSettings.links, screenShare: 'https://meet.example.com/ftpgate-support' },
    productName: 'FTPGate Server',
    trac: {
      baseUrl: 'https://trac.example.com/project',
      type: 'defect',
      priority: 'high',
      component: 'server',
      keywords: 'support',
      milestone: '',
      version: '4.2',
      customFields: { customer: '{{customer.organisation}}' },
    },
    ...overrides,
  };
}
