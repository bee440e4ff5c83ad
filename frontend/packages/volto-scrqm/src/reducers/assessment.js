/**
 * Reducers of the self-assessment pages. Saving keeps the backend's refusal with each
 * problem's field (`errors`), so the editor shows it where it belongs.
 */
import {
  GET_SCR_ASSESS,
  GET_SCR_ASSESSMENT_COMPARE,
  GET_SCR_ASSESSMENT_MARKER,
  GET_SCR_ASSESSMENT_OVERVIEW,
  SAVE_SCR_ASSESS,
} from '../actions/assessment';
import { errorMessage } from './index';

const initialSave = { saving: false, saved: false, error: null, errors: [], data: null };

export function scrAssessSave(state = initialSave, action = {}) {
  switch (action.type) {
    case `${SAVE_SCR_ASSESS}_PENDING`:
      return { ...initialSave, saving: true };
    case `${SAVE_SCR_ASSESS}_SUCCESS`:
      return { ...initialSave, saved: true, data: action.result };
    case `${SAVE_SCR_ASSESS}_FAIL`:
      return {
        ...initialSave,
        error: errorMessage(action.error),
        errors: action.error?.response?.body?.error?.errors || [],
      };
    case `${GET_SCR_ASSESS}_PENDING`:
      return initialSave;
    default:
      return state;
  }
}

/**
 * The reducers, made with `requestReducer` from reducers/index.js (passed in, as that module
 * imports this one).
 */
export default function assessmentReducers(requestReducer) {
  return {
    scrAssessmentOverview: requestReducer(GET_SCR_ASSESSMENT_OVERVIEW),
    scrAssessmentMarker: requestReducer(GET_SCR_ASSESSMENT_MARKER),
    scrAssessmentCompare: requestReducer(GET_SCR_ASSESSMENT_COMPARE),
    scrAssess: requestReducer(GET_SCR_ASSESS),
    scrAssessSave,
  };
}
