/**
 * Reducers of the partnership's registers (see actions/catalogue.js): one request reducer
 * per call. `reducersOf(requestReducer)` builds them; reducers/index.js passes its
 * `requestReducer` in, so this module does not import index.js (no import cycle).
 */
import {
  GET_SCR_ACTIONS,
  GET_SCR_DASHBOARD,
  GET_SCR_HISTORY,
  GET_SCR_INFORMATION,
  GET_SCR_MARKERS,
} from '../actions/catalogue';

export const REQUESTS = {
  scrMarkers: GET_SCR_MARKERS,
  scrDashboard: GET_SCR_DASHBOARD,
  scrActions: GET_SCR_ACTIONS,
  scrInformation: GET_SCR_INFORMATION,
  scrHistory: GET_SCR_HISTORY,
};

export function reducersOf(requestReducer) {
  return Object.fromEntries(
    Object.entries(REQUESTS).map(([name, type]) => [name, requestReducer(type)]),
  );
}
