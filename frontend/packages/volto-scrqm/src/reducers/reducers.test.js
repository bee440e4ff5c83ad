import { errorMessage, scrTransition } from './index';

describe('reducers', () => {
  it('keeps the backend message of a refusal', () => {
    const error = {
      status: 400,
      response: { body: { error: { type: 'WorkflowException', message: 'A reason is needed.' } } },
    };
    expect(errorMessage(error)).toBe('A reason is needed.');
    expect(errorMessage({ status: 500 })).toBe('500');
    const state = scrTransition(undefined, { type: 'SCR_TRANSITION_FAIL', error });
    expect(state).toEqual({ loading: false, loaded: false, data: null, error: 'A reason is needed.' });
    expect(scrTransition(state, { type: 'SCR_TRANSITION_PENDING' }).error).toBeNull();
    expect(scrTransition(state, { type: 'SCR_TRANSITION_SUCCESS', result: {} }).loaded).toBe(true);
  });
});
