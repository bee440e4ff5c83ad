import {
  fieldsetsWithValues,
  formatDate,
  isEmpty,
  kindOf,
  paragraphs,
  termTitle,
} from './values';

describe('values', () => {
  it('knows what is empty', () => {
    expect(isEmpty(null)).toBe(true);
    expect(isEmpty('  ')).toBe(true);
    expect(isEmpty([])).toBe(true);
    expect(isEmpty({ data: '', 'content-type': 'text/html' })).toBe(true);
    expect(isEmpty({ token: 'met', title: 'Met' })).toBe(false);
    expect(isEmpty(false)).toBe(false);
    expect(isEmpty('Neglect')).toBe(false);
  });

  it('tells the kinds of value apart', () => {
    expect(kindOf(['a', 'b'])).toBe('list');
    expect(kindOf({ data: '<p>x</p>', 'content-type': 'text/html' })).toBe('richtext');
    expect(kindOf({ download: 'http://x/@@download/file', filename: 'r.pdf' })).toBe('file');
    expect(kindOf({ token: 'cspr', title: 'Local review' })).toBe('term');
    expect(kindOf('2026-05-14')).toBe('date');
    expect(kindOf('2026-05-14T10:00:00')).toBe('date');
    expect(kindOf(true)).toBe('boolean');
    expect(kindOf('Child D')).toBe('text');
  });

  it('names terms by their titles', () => {
    expect(termTitle({ token: 'neglect', title: 'Neglect' })).toBe('Neglect');
    expect(termTitle({ token: 'neglect', title: null })).toBe('neglect');
    expect(termTitle(3)).toBe('3');
  });

  it('writes dates in the reader language, without the time of day', () => {
    expect(formatDate('2026-05-14')).toBe('14 May 2026');
    expect(formatDate('2026-05-14T23:30:00')).toBe('14 May 2026');
    expect(formatDate('')).toBe('');
    // Welsh written out, whatever calendar data the browser carries
    expect(formatDate('2026-11-29', 'cy')).toBe('29 Tachwedd 2026');
    expect(formatDate('2027-01-04T09:00:00', 'cy')).toBe('4 Ionawr 2027');
    expect(formatDate('2028-02-29', 'cy')).toBe('29 Chwefror 2028');
  });

  it('splits plain text into paragraphs', () => {
    expect(paragraphs('One.\n\nTwo.\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
    expect(paragraphs(null)).toEqual([]);
  });

  it('keeps the schema fieldsets with the fields that have values', () => {
    const schema = {
      fieldsets: [
        { id: 'default', title: 'Default', fields: ['title', 'area', 'themes'] },
        { id: 'dates', title: 'Dates', fields: ['start'] },
        { id: 'empty', title: 'Nothing here', fields: ['notes'] },
      ],
      properties: {
        title: { title: 'Title' },
        area: { title: 'Area' },
        themes: { title: 'Themes' },
        start: { title: 'Start' },
        notes: { title: 'Notes' },
      },
    };
    const content = {
      title: 'Child D',
      area: 'Northshire',
      themes: [],
      start: '2026-01-05',
      notes: '',
    };
    expect(fieldsetsWithValues(schema, content)).toEqual([
      {
        id: 'default',
        title: 'Default',
        fields: [{ id: 'area', title: 'Area', value: 'Northshire' }],
      },
      {
        id: 'dates',
        title: 'Dates',
        fields: [{ id: 'start', title: 'Start', value: '2026-01-05' }],
      },
    ]);
  });
});
