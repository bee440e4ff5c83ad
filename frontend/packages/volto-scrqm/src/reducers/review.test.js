import reducers from './index';
import { getReviewItems } from '../actions';

describe('review reducers', () => {
  it('the add-on keeps the state of @scr-items under scrItems', () => {
    const action = getReviewItems('http://localhost:3000/reviews/child-k');
    expect(action.request.path).toBe('/reviews/child-k/@scr-items');
    const pending = reducers.scrItems(undefined, { type: 'GET_SCR_ITEMS_PENDING' });
    expect(pending.loading).toBe(true);
    const kinds = [{ id: 'Finding', title: 'Finding', total: 0, items: [] }];
    const loaded = reducers.scrItems(pending, { type: 'GET_SCR_ITEMS_SUCCESS', result: { kinds } });
    expect(loaded).toEqual({ loading: false, loaded: true, data: { kinds }, error: null });
    const failed = reducers.scrItems(loaded, {
      type: 'GET_SCR_ITEMS_FAIL',
      error: { status: 401, response: { body: { message: 'You are not allowed.' } } },
    });
    expect(failed.error).toBe('You are not allowed.');
  });
});
