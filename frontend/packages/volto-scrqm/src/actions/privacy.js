/**
 * Actions of the review team's private pages of a review: the privacy check
 * (`@scr-privacy`), the chronology timeline (`@scr-chronology`) and its import with preview
 * (`@scr-chronology-import`), the family (`@scr-family`) and the letters to a family member
 * (`@scr-family-letter`).
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

export const GET_SCR_PRIVACY = 'GET_SCR_PRIVACY';
export const SCR_PRIVACY_ACCEPT = 'SCR_PRIVACY_ACCEPT';
export const GET_SCR_CHRONOLOGY = 'GET_SCR_CHRONOLOGY';
export const SCR_CHRONOLOGY_IMPORT = 'SCR_CHRONOLOGY_IMPORT';
export const GET_SCR_FAMILY = 'GET_SCR_FAMILY';
export const GET_SCR_FAMILY_LETTER = 'GET_SCR_FAMILY_LETTER';

const path = (url, service) => `${flattenToAppURL(url || '')}/${service}`;

/** The review's privacy check: what it found, where, and whether it holds back publication. */
export function getPrivacyCheck(url) {
  return { type: GET_SCR_PRIVACY, request: { op: 'get', path: path(url, '@scr-privacy') } };
}

/** The chair accepts a match (or an unreadable file) with the reason it may be published. */
export function acceptPrivacyMatch(url, key, reason) {
  return {
    type: SCR_PRIVACY_ACCEPT,
    key,
    request: { op: 'post', path: path(url, '@scr-privacy'), data: { key, reason } },
  };
}

/** The query of the timeline's filters (agencies and marks repeatable, start and end). */
export function chronologyQuery({ agency = [], mark = [], start = '', end = '' } = {}) {
  const query = new URLSearchParams();
  agency.forEach((value) => query.append('agency', value));
  mark.forEach((value) => query.append('mark', value));
  if (start) query.set('start', start);
  if (end) query.set('end', end);
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** The merged timeline, filtered. */
export function getChronology(url, filters) {
  return {
    type: GET_SCR_CHRONOLOGY,
    request: { op: 'get', path: `${path(url, '@scr-chronology')}${chronologyQuery(filters)}` },
  };
}

/** An agency's chronology file, previewed (`dryRun`: nothing written) or imported. */
export function importChronology(url, { filename, data }, dryRun = true) {
  return {
    type: SCR_CHRONOLOGY_IMPORT,
    dryRun,
    request: {
      op: 'post',
      path: path(url, '@scr-chronology-import'),
      data: { file: { data, encoding: 'base64', filename }, dry_run: dryRun },
    },
  };
}

/** The review's family: members by their neutral label, contacts, questions, accounts. */
export function getFamily(url) {
  return { type: GET_SCR_FAMILY, request: { op: 'get', path: path(url, '@scr-family') } };
}

/** The query of a letter: the member (by UID), the letter, its language and format. */
export function letterQuery({ member, letter, lang, format = 'html' }) {
  const query = new URLSearchParams({ member, letter, lang, format });
  return `?${query.toString()}`;
}

/** A letter to a family member as HTML (shown in the page). */
export function getFamilyLetter(url, choice) {
  return {
    type: GET_SCR_FAMILY_LETTER,
    request: {
      op: 'get',
      path: `${path(url, '@scr-family-letter')}${letterQuery({ ...choice, format: 'html' })}`,
    },
  };
}
