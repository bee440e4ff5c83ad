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

describe('assessment reducers', () => {
  // eslint-disable-next-line global-require
  const { scrAssessSave } = require('./assessment');
  // eslint-disable-next-line global-require
  const all = require('./index').default;

  it('are part of the add-on reducers', () => {
    expect(Object.keys(all)).toEqual(
      expect.arrayContaining(['scrAssessmentOverview', 'scrAssessmentMarker', 'scrAssessmentCompare', 'scrAssess', 'scrAssessSave']),
    );
  });

  it('keep each problem of a refused save with its field', () => {
    const errors = [{ field: 'answer-1', message: "Question 1: 'maybe' is not an answer." }];
    const error = { response: { body: { error: { message: errors[0].message, errors } } } };
    const state = scrAssessSave(undefined, { type: 'SAVE_SCR_ASSESS_FAIL', error });
    expect(state.errors).toEqual(errors);
    expect(state.error).toBe(errors[0].message);
    expect(state.saved).toBe(false);
    const saved = scrAssessSave(state, { type: 'SAVE_SCR_ASSESS_SUCCESS', result: { id: 1 } });
    expect(saved).toMatchObject({ saved: true, errors: [], data: { id: 1 } });
    expect(scrAssessSave(saved, { type: 'GET_SCR_ASSESS_PENDING' }).saved).toBe(false);
  });
});
