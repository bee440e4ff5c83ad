/**
 * Reducers of the review page's other panels.
 *
 * reducers/index.js spreads these into the add-on's reducers, so this module is loaded
 * while index.js is still loading: `requestReducer` is made on the first action, not at
 * import time.
 */
import { GET_SCR_ITEMS } from '../actions/review';
// eslint-disable-next-line import/no-cycle
import { requestReducer } from './index';

const lazy = (type) => {
  let reducer;
  return (state, action) => {
    reducer = reducer || requestReducer(type);
    return reducer(state, action);
  };
};

export const scrItems = lazy(GET_SCR_ITEMS);

export default { scrItems };
