/**
 * How a field's value from plone.restapi reads on a page: vocabulary terms by their titles,
 * lists as lists (never joined with ", "), rich text as its HTML, files as a link, dates
 * as dates. Plain functions, so the components stay small and the rules are unit-tested.
 */

/** True when the value has nothing to show. */
export function isEmpty(value) {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    if ('data' in value) return isEmpty(value.data);
    if ('download' in value) return false;
    if ('title' in value || 'token' in value) return false;
    return Object.keys(value).length === 0;
  }
  return false;
}

/** The kind of a value: 'list', 'richtext', 'file', 'term', 'date', 'boolean' or 'text'. */
export function kindOf(value) {
  if (Array.isArray(value)) return 'list';
  if (value && typeof value === 'object') {
    if ('data' in value && 'content-type' in value) return 'richtext';
    if ('download' in value) return 'file';
    if ('title' in value || 'token' in value) return 'term';
    return 'text';
  }
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?$/.test(value)) {
    return 'date';
  }
  return 'text';
}

/** The words for one term, item or plain value. */
export function termTitle(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('title' in value && value.title) return String(value.title);
    if ('token' in value) return String(value.token);
    if ('data' in value) return String(value.data);
    return '';
  }
  return String(value);
}

// Browsers built on Chromium carry no Welsh calendar data (their Intl answers "November
// 29, 2026" for 'cy'), so Welsh dates are written here, as the backend writes them.
const WELSH_MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth',
  'Ebrill',
  'Mai',
  'Mehefin',
  'Gorffennaf',
  'Awst',
  'Medi',
  'Hydref',
  'Tachwedd',
  'Rhagfyr',
];

/** A date ('2026-05-14' or a datetime) in the reader's locale, without a time of day. */
export function formatDate(value, locale = 'en-GB') {
  if (!value) return '';
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  if (String(locale).toLowerCase().startsWith('cy') && month >= 1 && month <= 12) {
    return `${day} ${WELSH_MONTHS[month - 1]} ${year}`;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Paragraphs of a plain text field (blank lines or line breaks separate them). */
export function paragraphs(text) {
  if (!text) return [];
  return String(text)
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The fieldsets of a content type's schema (from `@types`), each with the fields that have
 * a value on this item: [{id, title, fields: [{id, title, value}]}]. Fields in no fieldset
 * are in 'default'; the title and the fields the page shows elsewhere are left out.
 */
export function fieldsetsWithValues(schema, content, skip = ['title']) {
  if (!schema || !content) return [];
  const fieldsets = schema.fieldsets || [
    { id: 'default', title: 'Default', fields: Object.keys(schema.properties || {}) },
  ];
  return fieldsets
    .map((fieldset) => ({
      id: fieldset.id,
      title: fieldset.title,
      fields: (fieldset.fields || [])
        .filter((id) => !skip.includes(id))
        .filter((id) => !isEmpty(content[id]))
        .map((id) => ({
          id,
          title: schema.properties?.[id]?.title || id,
          value: content[id],
        })),
    }))
    .filter((fieldset) => fieldset.fields.length > 0);
}
