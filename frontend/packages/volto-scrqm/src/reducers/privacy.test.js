// reducers/index.js first, as the add-on's configuration loads them
import allReducers from './index';
import reducers, { scrChronologyImport } from './privacy';
import { SCR_CHRONOLOGY_IMPORT } from '../actions/privacy';

describe('privacy reducers', () => {
  it('are part of the add-on’s reducers', () => {
    expect(Object.keys(reducers)).toEqual([
      'scrPrivacy',
      'scrPrivacyAccept',
      'scrChronology',
      'scrChronologyImport',
      'scrFamily',
      'scrFamilyLetter',
    ]);
    Object.keys(reducers).forEach((name) => expect(allReducers[name]).toBe(reducers[name]));
  });

  it('keep a request’s state', () => {
    let state = reducers.scrPrivacy(undefined, {});
    expect(state).toEqual({ loading: false, loaded: false, data: null, error: null });
    state = reducers.scrPrivacy(state, { type: 'GET_SCR_PRIVACY_SUCCESS', result: { a: 1 } });
    expect(state).toEqual({ loading: false, loaded: true, data: { a: 1 }, error: null });
  });

  it('replace the privacy check with the one an acceptance answers', () => {
    let state = reducers.scrPrivacy(undefined, {
      type: 'GET_SCR_PRIVACY_SUCCESS',
      result: { blocking: true },
    });
    state = reducers.scrPrivacy(state, {
      type: 'SCR_PRIVACY_ACCEPT_SUCCESS',
      result: { blocking: false },
    });
    expect(state.data).toEqual({ blocking: false });
    state = reducers.scrPrivacyAccept(undefined, {
      type: 'SCR_PRIVACY_ACCEPT_FAIL',
      error: { response: { body: { error: { message: 'A reason is needed.' } } } },
    });
    expect(state.error).toBe('A reason is needed.');
  });

  it('keep the preview of a refused import beside the backend’s message', () => {
    const body = { missing_columns: ['Agency'], rejected: [], to_create: [] };
    let state = scrChronologyImport(undefined, { type: `${SCR_CHRONOLOGY_IMPORT}_PENDING`, dryRun: true });
    expect(state.loading).toBe(true);
    state = scrChronologyImport(state, {
      type: `${SCR_CHRONOLOGY_IMPORT}_FAIL`,
      dryRun: true,
      error: { status: 400, response: { body } },
    });
    expect(state).toEqual({ loading: false, loaded: false, dryRun: true, data: body, error: null });
    state = scrChronologyImport(state, {
      type: `${SCR_CHRONOLOGY_IMPORT}_FAIL`,
      dryRun: true,
      error: { status: 400, response: { body: { error: { message: 'Not base64.' } } } },
    });
    expect(state.error).toBe('Not base64.');
    expect(state.data).toBeNull();
    state = scrChronologyImport(state, {
      type: `${SCR_CHRONOLOGY_IMPORT}_SUCCESS`,
      dryRun: false,
      result: { created: [{ row: 2 }] },
    });
    expect(state).toMatchObject({ loaded: true, dryRun: false, data: { created: [{ row: 2 }] } });
  });
});
