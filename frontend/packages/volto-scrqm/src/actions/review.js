/**
 * Actions of the review page's other panels: the review's items by kind (`@scr-items`).
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

export const GET_SCR_ITEMS = 'GET_SCR_ITEMS';

/** The review's items grouped by kind, each kind with its total: `@scr-items`. */
export function getReviewItems(url) {
  return {
    type: GET_SCR_ITEMS,
    request: { op: 'get', path: `${flattenToAppURL(url)}/@scr-items` },
  };
}
