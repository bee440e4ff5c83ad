import { basePath, byCluster, readParams, textBlocks, writeParams } from './catalogue';
import { toQueryString } from '../actions/catalogue';
import { reducersOf, REQUESTS } from '../reducers/catalogue';
import reducers, { requestReducer } from '../reducers';

describe('catalogue helpers', () => {
  it('reads section text as paragraphs and lists, as the classic page does', () => {
    expect(
      textBlocks('First line\nsame paragraph.\n\n- one\n- two\n* three\nAfter the list.\n'),
    ).toEqual([
      { kind: 'p', text: 'First line same paragraph.' },
      { kind: 'ul', items: ['one', 'two', 'three'] },
      { kind: 'p', text: 'After the list.' },
    ]);
    expect(textBlocks('')).toEqual([]);
    expect(textBlocks(null)).toEqual([]);
  });

  it('reads and writes the filters of an address', () => {
    expect(
      readParams('?phase=running&overdue=1&b_start=25', ['phase', 'overdue', 'sort_on']),
    ).toEqual({
      phase: 'running',
      overdue: '1',
      sort_on: '',
      b_start: 25,
    });
    expect(readParams('?b_start=-3', ['phase']).b_start).toBe(0);
    expect(readParams('?b_start=abc', []).b_start).toBe(0);
    expect(writeParams({ phase: 'running', overdue: '', sort_on: 'title', b_start: 0 })).toBe(
      '?phase=running&sort_on=title',
    );
    expect(writeParams({ b_start: 50 })).toBe('?b_start=50');
    expect(writeParams({})).toBe('');
    expect(toQueryString({ phase: 'running', flag: ['overdue', 'no-owner'], empty: '' })).toBe(
      '?phase=running&flag=overdue&flag=no-owner',
    );
  });

  it('finds the path a route hangs under', () => {
    expect(basePath('/reviews/child-k/review-history', 'review-history')).toBe('/reviews/child-k');
    expect(basePath('/scr-dashboard', 'scr-dashboard')).toBe('');
    expect(basePath('/folder/scr-dashboard/', 'scr-dashboard')).toBe('/folder');
  });

  it('groups the markers by cluster, in the clusters order', () => {
    const data = {
      items: [
        { number: 1, cluster: 'setting-up' },
        { number: 6, cluster: 'running' },
        { number: 2, cluster: 'setting-up' },
      ],
      clusters: [
        { id: 'setting-up', title: 'Setting up the review', markers: [1, 2] },
        { id: 'running', title: 'Running the review', markers: [6] },
      ],
    };
    expect(byCluster(data).map((c) => [c.title, c.items.map((i) => i.number)])).toEqual([
      ['Setting up the review', [1, 2]],
      ['Running the review', [6]],
    ]);
    expect(byCluster(null)).toEqual([]);
  });

  it('has a request reducer for each register call', () => {
    const made = reducersOf(requestReducer);
    expect(Object.keys(made)).toEqual(Object.keys(REQUESTS));
    Object.keys(REQUESTS).forEach((name) => expect(reducers[name]).toBeDefined());
    const loaded = made.scrHistory(undefined, {
      type: 'GET_SCR_HISTORY_SUCCESS',
      result: { items: [] },
    });
    expect(loaded).toEqual({ loading: false, loaded: true, data: { items: [] }, error: null });
    const refused = made.scrHistory(loaded, {
      type: 'GET_SCR_HISTORY_FAIL',
      error: { status: 401, response: { body: { message: 'You are not authorized' } } },
    });
    expect(refused.error).toBe('You are not authorized');
    expect(made.scrMarkers(undefined, { type: 'GET_SCR_HISTORY_SUCCESS' }).loaded).toBe(false);
  });
});
