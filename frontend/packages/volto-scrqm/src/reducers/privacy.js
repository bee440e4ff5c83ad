/**
 * Reducers of the review team's private pages (privacy check, chronology, family, letters).
 */
import { requestReducer } from './index';
import {
  GET_SCR_CHRONOLOGY,
  GET_SCR_FAMILY,
  GET_SCR_FAMILY_LETTER,
  GET_SCR_PRIVACY,
  SCR_CHRONOLOGY_IMPORT,
  SCR_PRIVACY_ACCEPT,
} from '../actions/privacy';

const initialImport = { loading: false, loaded: false, dryRun: true, data: null, error: null };

/**
 * The import's preview or result. A refused file still has a preview (its rejected rows with
 * their line and reasons, missing columns): it is kept beside the backend's message.
 */
export function scrChronologyImport(state = initialImport, action = {}) {
  switch (action.type) {
    case `${SCR_CHRONOLOGY_IMPORT}_PENDING`:
      return { ...state, loading: true, loaded: false, dryRun: action.dryRun, error: null };
    case `${SCR_CHRONOLOGY_IMPORT}_SUCCESS`:
      return {
        loading: false,
        loaded: true,
        dryRun: action.dryRun,
        data: action.result,
        error: null,
      };
    case `${SCR_CHRONOLOGY_IMPORT}_FAIL`: {
      const body = action.error?.response?.body;
      return {
        loading: false,
        loaded: false,
        dryRun: action.dryRun,
        data: body && (body.rejected || body.missing_columns) ? body : null,
        error:
          body?.error?.message ||
          (body?.rejected ? null : String(action.error?.status || 'error')),
      };
    }
    default:
      return state;
  }
}

/**
 * `requestReducer` made on first use: reducers/index.js imports this module before it has
 * defined `requestReducer`.
 */
const lazyRequestReducer = (type) => {
  let reducer;
  return (state, action) => {
    reducer = reducer || requestReducer(type);
    return reducer(state, action);
  };
};

const privacyCheck = lazyRequestReducer(GET_SCR_PRIVACY);

/** The privacy check; an acceptance answers the check again, which replaces it. */
export function scrPrivacy(state, action = {}) {
  if (action.type === `${SCR_PRIVACY_ACCEPT}_SUCCESS`) {
    return { loading: false, loaded: true, data: action.result, error: null };
  }
  return privacyCheck(state, action);
}

/** The chair's acceptance being sent, and the backend's refusal (no reason, say). */
export const scrPrivacyAccept = lazyRequestReducer(SCR_PRIVACY_ACCEPT);
export const scrChronology = lazyRequestReducer(GET_SCR_CHRONOLOGY);
export const scrFamily = lazyRequestReducer(GET_SCR_FAMILY);
export const scrFamilyLetter = lazyRequestReducer(GET_SCR_FAMILY_LETTER);

export default {
  scrPrivacy,
  scrPrivacyAccept,
  scrChronology,
  scrChronologyImport,
  scrFamily,
  scrFamilyLetter,
};
