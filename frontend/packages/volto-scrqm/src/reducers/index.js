/**
 * Reducers of the add-on: the state of each REST call (loading, loaded, data, error).
 */
import {
  GET_SCR_CLOCKS,
  GET_SCR_NEXT_STEPS,
  GET_SCR_OVERDUE_REQUESTS,
  GET_SCR_PUBLISHED,
  SCR_TRANSITION,
} from '../actions';
import assessmentReducers from './assessment';
import privacyReducers from './privacy';
// eslint-disable-next-line import/no-cycle
import reviewReducers from './review';
import { reducersOf as catalogueReducers } from './catalogue';

const initialState = { loading: false, loaded: false, data: null, error: null };

/** The message a failed call carries: plone.restapi's `error.message`, else the status. */
export function errorMessage(error) {
  const body = error?.response?.body;
  return (
    body?.error?.message ||
    body?.message ||
    (typeof error?.message === 'string' ? error.message : null) ||
    String(error?.status || error?.response?.status || 'error')
  );
}

export const requestReducer = (type) =>
  function reducer(state = initialState, action = {}) {
    switch (action.type) {
      case `${type}_PENDING`:
        return { ...state, loading: true, loaded: false, error: null };
      case `${type}_SUCCESS`:
        return { loading: false, loaded: true, data: action.result, error: null };
      case `${type}_FAIL`:
        return {
          loading: false,
          loaded: false,
          data: null,
          error: errorMessage(action.error),
        };
      default:
        return state;
    }
  };

export const scrPublished = requestReducer(GET_SCR_PUBLISHED);
export const scrNextSteps = requestReducer(GET_SCR_NEXT_STEPS);
export const scrTransition = requestReducer(SCR_TRANSITION);

export const scrClocks = requestReducer(GET_SCR_CLOCKS);
export const scrOverdueRequests = requestReducer(GET_SCR_OVERDUE_REQUESTS);


export default {
  ...reviewReducers,
  scrPublished,
  scrNextSteps,
  scrTransition,
  scrClocks,
  scrOverdueRequests,
  ...assessmentReducers(requestReducer),
  ...privacyReducers,
  ...catalogueReducers(requestReducer),
};
