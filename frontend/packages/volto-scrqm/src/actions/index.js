/**
 * Actions of the add-on: each asks one of plone-scrqm's REST services through Volto's API
 * middleware (which dispatches TYPE_PENDING, TYPE_SUCCESS and TYPE_FAIL).
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

export * from './assessment';
export * from './privacy';
export * from './catalogue';

export const GET_SCR_PUBLISHED = 'GET_SCR_PUBLISHED';
export const GET_SCR_NEXT_STEPS = 'GET_SCR_NEXT_STEPS';
export const SCR_TRANSITION = 'SCR_TRANSITION';
export const GET_SCR_CLOCKS = 'GET_SCR_CLOCKS';
export const GET_SCR_OVERDUE_REQUESTS = 'GET_SCR_OVERDUE_REQUESTS';

/** The review's statutory clocks: `@scr-clocks`. */
export function getClocks(url) {
  return {
    type: GET_SCR_CLOCKS,
    request: { op: 'get', path: `${flattenToAppURL(url)}/@scr-clocks` },
  };
}

/** The review's information requests awaited past their due date: `@scr-overdue-requests`. */
export function getOverdueRequests(url) {
  return {
    type: GET_SCR_OVERDUE_REQUESTS,
    request: { op: 'get', path: `${flattenToAppURL(url)}/@scr-overdue-requests` },
  };
}

/** The public listing of published reviews: `@scr-published`, batched, theme filter. */
export function getPublishedReviews(path = '', { themes = [], bStart = 0, bSize = 20 } = {}) {
  const query = new URLSearchParams();
  themes.forEach((theme) => query.append('theme', theme));
  query.set('b_start', String(bStart));
  query.set('b_size', String(bSize));
  return {
    type: GET_SCR_PUBLISHED,
    request: {
      op: 'get',
      path: `${flattenToAppURL(path) || ''}/@scr-published?${query.toString()}`,
    },
  };
}

/** The moves out of the current state and what each still needs: `@scr-next-steps`. */
export function getNextSteps(url) {
  return {
    type: GET_SCR_NEXT_STEPS,
    request: { op: 'get', path: `${flattenToAppURL(url)}/@scr-next-steps` },
  };
}

/** A workflow move with its comment (the reason, for a withdrawal): the guarded `@workflow`. */
export function transitionWithComment(url, transition, comment) {
  return {
    type: SCR_TRANSITION,
    transition,
    request: {
      op: 'post',
      path: `${flattenToAppURL(url)}/@workflow/${transition}`,
      data: comment ? { comment } : {},
    },
  };
}
export * from './review';
