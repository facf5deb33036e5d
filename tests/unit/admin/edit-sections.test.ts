import fs from 'fs';
import path from 'path';
import { EDIT_SECTIONS, sectionPanels } from '../../../src/bootstrap/admin-labels/edit-sections';
import { staffLabel, topicLabel } from '../../../src/http/picker-labels';

/** The attributes a clerk sees in the form (a hidden derived column, such as the search text, is in no section). */
const attributes = (api: string) =>
  Object.entries(JSON.parse(fs.readFileSync(path.join(__dirname, `../../../src/api/${api}/content-types/${api}/schema.json`), 'utf8')).attributes)
    .filter(([, attribute]: [string, any]) => attribute.pluginOptions?.['content-manager']?.visible !== false)
    .map(([name]) => name);

describe('the edit form in sections of the work', () => {
  it.each([
    ['api::appeal.appeal', 'appeal'],
    ['api::information-request.information-request', 'information-request'],
  ])('%s: every field of the type has exactly one section, and every section field exists', (uid, api) => {
    const fields = attributes(api);
    const placed = EDIT_SECTIONS[uid].flatMap((s) => s.fields);
    expect(placed.filter((f) => !fields.includes(f))).toEqual([]);
    expect(fields.filter((f) => !placed.includes(f))).toEqual([]);
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('regroups the stored rows into one panel per section, in the section order, rows of at most 12 columns', () => {
    const stored = [
      [[{ name: 'answerText', size: 12 }], [{ name: 'subject', size: 6 }, { name: 'receivedAt', size: 6 }]],
      [[{ name: 'channel', size: 6 }, { name: 'workflowState', size: 6 }], [{ name: 'registrationNumber', size: 6 }, { name: 'unknownField', size: 4 }]],
    ];
    const panels = sectionPanels(stored, EDIT_SECTIONS['api::appeal.appeal']);
    expect(panels.map((p) => p.map((row) => row.map((c) => c.name)))).toEqual([
      [['registrationNumber', 'receivedAt'], ['channel']],
      [['subject']],
      [['workflowState']],
      [['answerText']],
      [['unknownField']],
    ]);
  });
});

describe('relation pickers', () => {
  it('name a staff member with the position and a topic with its code', () => {
    expect(staffLabel('Петренко Ольга Іванівна', 'головний спеціаліст')).toBe('Петренко Ольга Іванівна — головний спеціаліст');
    expect(staffLabel('Петренко Ольга Іванівна', null)).toBe('Петренко Ольга Іванівна');
    expect(topicLabel('006', 'Житлово-комунальне господарство')).toBe('006 Житлово-комунальне господарство');
    expect(topicLabel(null, 'Інше')).toBe('Інше');
  });
});
