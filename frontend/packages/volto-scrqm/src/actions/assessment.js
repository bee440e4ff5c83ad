/**
 * Actions of the self-assessment pages: plone-scrqm's assessment services on a review and
 * the editor of one marker assessment (`@scr-assess`).
 */
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

export const GET_SCR_ASSESSMENT_OVERVIEW = 'GET_SCR_ASSESSMENT_OVERVIEW';
export const GET_SCR_ASSESSMENT_MARKER = 'GET_SCR_ASSESSMENT_MARKER';
export const GET_SCR_ASSESSMENT_COMPARE = 'GET_SCR_ASSESSMENT_COMPARE';
export const GET_SCR_ASSESS = 'GET_SCR_ASSESS';
export const SAVE_SCR_ASSESS = 'SAVE_SCR_ASSESS';

const path = (url) => flattenToAppURL(url || '').replace(/\/$/, '');

/** The overview by cluster, the rounds and the count of each judgement. */
export function getAssessmentOverview(reviewUrl) {
  return {
    type: GET_SCR_ASSESSMENT_OVERVIEW,
    request: { op: 'get', path: `${path(reviewUrl)}/@scr-assessment-overview` },
  };
}

/** One marker of the review and its assessment in each round. */
export function getAssessmentMarker(reviewUrl, marker) {
  const query = new URLSearchParams({ marker: String(marker ?? '') });
  return {
    type: GET_SCR_ASSESSMENT_MARKER,
    request: {
      op: 'get',
      path: `${path(reviewUrl)}/@scr-assessment-marker?${query.toString()}`,
    },
  };
}

/** Rounds side by side (all when `rounds` is empty). */
export function getAssessmentCompare(reviewUrl, rounds = []) {
  const query = new URLSearchParams();
  rounds.forEach((id) => query.append('rounds', id));
  const tail = query.toString();
  return {
    type: GET_SCR_ASSESSMENT_COMPARE,
    request: {
      op: 'get',
      path: `${path(reviewUrl)}/@scr-assessment-compare${tail ? `?${tail}` : ''}`,
    },
  };
}

/** The questions, answers, judgement and notes of one marker assessment. */
export function getAssess(assessmentUrl) {
  return {
    type: GET_SCR_ASSESS,
    request: { op: 'get', path: `${path(assessmentUrl)}/@scr-assess` },
  };
}

/** Save answers, judgement and notes; a refusal names each problem's field. */
export function saveAssess(assessmentUrl, data) {
  return {
    type: SAVE_SCR_ASSESS,
    request: { op: 'patch', path: `${path(assessmentUrl)}/@scr-assess`, data },
  };
}
