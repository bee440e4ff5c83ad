/**
 * A list written one entry per line (plain functions).
 */

/** The entries of a text: one per line, spaces around each trimmed, empty lines left out. */
export const toLines = (text) =>
  (text || '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** The text of a list: one entry per line (a single string is one entry). */
export const fromLines = (value) => {
  if (Array.isArray(value)) return value.join('\n');
  return value ? String(value) : '';
};
