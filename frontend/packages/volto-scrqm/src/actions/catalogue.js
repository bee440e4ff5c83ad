/**
 * Actions of the partnership's registers: the marker catalogue (`@scr-markers`), the
 * dashboard (`@scr-dashboard`), the action tracker (`@scr-actions`), and a review's
 * information register (`@scr-information`) and history (`@scr-history`).
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

export const GET_SCR_MARKERS = 'GET_SCR_MARKERS';
export const GET_SCR_DASHBOARD = 'GET_SCR_DASHBOARD';
export const GET_SCR_ACTIONS = 'GET_SCR_ACTIONS';
export const GET_SCR_INFORMATION = 'GET_SCR_INFORMATION';
export const GET_SCR_HISTORY = 'GET_SCR_HISTORY';

/** `?a=1&b=x&b=y` from `{a: 1, b: ['x', 'y']}`, leaving out empty values. */
export function toQueryString(params = {}) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    const values = Array.isArray(value) ? value : [value];
    values.forEach((v) => {
      if (v !== undefined && v !== null && v !== '' && v !== false) {
        query.append(key, String(v));
      }
    });
  });
  const text = query.toString();
  return text ? `?${text}` : '';
}

const get = (type, path) => ({ type, request: { op: 'get', path } });

/** The 18 quality markers and their clusters (from the site root). */
export function getMarkers() {
  return get(GET_SCR_MARKERS, '/@scr-markers');
}

/** The dashboard of the reviews under `path` (the site or a folder), filtered and batched. */
export function getDashboard(path = '', params = {}) {
  return get(
    GET_SCR_DASHBOARD,
    `${flattenToAppURL(path || '')}/@scr-dashboard${toQueryString(params)}`,
  );
}

/** The action tracker, filtered, sorted and batched. */
export function getActions(path = '', params = {}) {
  return get(
    GET_SCR_ACTIONS,
    `${flattenToAppURL(path || '')}/@scr-actions${toQueryString(params)}`,
  );
}

/** A review's information register. */
export function getInformation(url) {
  return get(GET_SCR_INFORMATION, `${flattenToAppURL(url)}/@scr-information`);
}

/** A review's history, newest first. */
export function getHistory(url) {
  return get(GET_SCR_HISTORY, `${flattenToAppURL(url)}/@scr-history`);
}
