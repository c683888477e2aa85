import { describe, expect, it } from 'vitest';
import type { ReplyTemplate } from '../../lib/model/template';
import { pickTemplates } from './template-picker';

const template = (id: string, name: string, category: string | null): ReplyTemplate => ({
  id,
  name,
  body: '',
  category,
  builtIn: true,
  updatedAt: 0,
});

const templates = [
  template('screen-share', 'Screen-share invitation', null),
  template('installation-details', 'Installation details request', 'defect'),
  template('trac-notice', 'Trac ticket notice', 'defect'),
  template('feature-request', 'Feature request answer', 'feature_request'),
  template('acknowledge', 'Acknowledgement with estimated time', null),
];

describe('pickTemplates', () => {
  it.each<[string, string | null, string[]]>([
    ['', null, ['screen-share', 'installation-details', 'trac-notice', 'feature-request', 'acknowledge']],
    ['', 'defect', ['installation-details', 'trac-notice', 'screen-share', 'feature-request', 'acknowledge']],
    ['TRAC', null, ['trac-notice']],
    ['  request ', 'feature_request', ['feature-request', 'installation-details']],
    ['  request ', null, ['installation-details', 'feature-request']],
    ['refund', null, []],
  ])('query %j preferring %s', (query, preferred, ids) => {
    expect(pickTemplates(templates, query, preferred).map((t) => t.id)).toEqual(ids);
  });
});
