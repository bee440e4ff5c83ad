import { fieldErrorsMiddleware } from './fieldErrors';
import { fieldsetsWithErrors, fieldsWithErrors, refusalMessage } from '../helpers/fieldErrors';

const schema = {
  fieldsets: [
    { id: 'default', title: 'Default', fields: ['title'] },
    { id: 'referral', title: 'Referral (QM1)', fields: ['referral_date'] },
    { id: 'decision', title: 'Decision (QM2)', fields: ['decision_date', 'decided_by'] },
  ],
};
const refusal = (errors) => ({
  status: 400,
  response: { body: { type: 'BadRequest', message: JSON.stringify(errors) } },
});

describe('field errors', () => {
  it('reads the fields of a refusal and the fieldsets holding them', () => {
    const error = refusal([
      { field: 'decided_by', message: 'Who decided?' },
      { field: 'referral_date', message: 'A date.' },
      { field: 'decided_by', message: 'Again.' },
      { message: 'No field.' },
    ]);
    const fields = fieldsWithErrors(refusalMessage(error));
    expect(fields).toEqual(['decided_by', 'referral_date']);
    expect(fieldsetsWithErrors(schema, fields)).toEqual(['referral', 'decision']);
    expect(fieldsWithErrors('Not JSON at all')).toEqual([]);
    expect(fieldsWithErrors('{"a": 1}')).toEqual([]);
    expect(refusalMessage({ response: { body: { error: { message: 'm' } } } })).toBe('m');
  });

  it('opens the sidebar form, unfolds the fieldsets with errors and moves to the first field', () => {
    const dispatched = [];
    const state = { schema: { schema }, sidebar: { metadataFieldsets: ['default'] } };
    const store = { dispatch: (a) => dispatched.push(a), getState: () => state };
    const next = jest.fn((action) => action);
    const action = {
      type: 'UPDATE_CONTENT_FAIL',
      error: refusal([{ field: 'decided_by', message: 'Who decided?' }]),
    };
    expect(fieldErrorsMiddleware(store)(next)(action)).toBe(action);
    expect(next).toHaveBeenCalledWith(action);
    expect(dispatched).toEqual([
      { type: 'SET_SIDEBAR_TAB', index: 0 },
      { type: 'SET_METADATA_FIELDSETS', fieldsets: ['default', 'decision'] },
      { type: 'SET_METADATA_FOCUS', fieldset: 'decision', field: 'decided_by' },
    ]);
  });

  it('does nothing for other actions or refusals without fields', () => {
    const dispatched = [];
    const store = { dispatch: (a) => dispatched.push(a), getState: () => ({ schema: { schema } }) };
    const run = fieldErrorsMiddleware(store)((a) => a);
    run({ type: 'UPDATE_CONTENT_SUCCESS' });
    run({ type: 'UPDATE_CONTENT_FAIL', error: { response: { body: { message: 'Locked.' } } } });
    run({ type: 'UPDATE_CONTENT_FAIL', error: refusal([{ message: 'An invariant.' }]) });
    expect(dispatched).toEqual([]);
  });
});
