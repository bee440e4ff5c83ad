import React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { combineReducers, createStore } from 'redux';
import { scrAssessSave } from 'volto-scrqm/reducers/assessment';
import { Provider } from 'react-intl-redux';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import AssessForm, { payloadOf, valuesOf } from './AssessForm';
import { REVIEW, assess } from './fixtures';

const mockStore = configureStore();
const PATH = `${REVIEW}/beginning/qm-04/assess`;

const renderAt = (state) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[PATH]}>
        <Route path="/**/assess" component={AssessForm} />
        <Route
          path="*"
          render={(props) => {
            location = props.location;
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { store, location: () => location, ...view };
};

describe('AssessForm', () => {
  it('asks @scr-assess on the assessment', () => {
    const { store } = renderAt({ scrAssess: {}, scrAssessSave: {} });
    expect(store.getActions()[0]).toEqual({
      type: 'GET_SCR_ASSESS',
      request: { op: 'get', path: `${REVIEW}/beginning/qm-04/@scr-assess` },
    });
  });

  it('shows every question with its answer and evidence; the marker is not a field', () => {
    const { container } = renderAt({ scrAssess: { loaded: true, data: assess }, scrAssessSave: {} });
    const legends = Array.from(container.querySelectorAll('.scrqm-question legend')).map((l) => l.textContent);
    expect(legends).toEqual([
      'Question 1: Was the family told?',
      'Question 2: Local: was an interpreter offered? (local question)',
    ]);
    expect(container.querySelector('#answer-1-partly').checked).toBe(true);
    expect(Helmet.peek().title).toBe('QM 4: Informing the family');
    expect(container.querySelector('#answer-2-none').checked).toBe(true);
    expect(container.querySelector('#evidence-1').value).toBe('Draft letter.');
    expect(container.querySelector('#judgement-partly-met').checked).toBe(true);
    expect(container.querySelector('#next_steps').value).toBe('Offer a meeting');
    expect(screen.getByText('Letter to the family')).toBeTruthy();
    expect(container.querySelector('[name="marker_number"]')).toBeNull();
    expect(container.querySelector('.scrqm-assess-marker').textContent).toMatch(
      'Quality marker 4 (fixed: the questions are this marker’s)',
    );
  });

  it('sends every answer, the judgement and the notes in one PATCH', () => {
    const { store, container } = renderAt({ scrAssess: { loaded: true, data: assess }, scrAssessSave: {} });
    fireEvent.click(container.querySelector('#answer-2-yes'));
    fireEvent.change(container.querySelector('#evidence-2'), { target: { value: 'Interpreter booked.' } });
    fireEvent.click(container.querySelector('#judgement-met'));
    fireEvent.change(container.querySelector('#assessed_on'), { target: { value: '2026-03-04' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const action = store.getActions().find((a) => a.type === 'SAVE_SCR_ASSESS');
    expect(action.request).toEqual({
      op: 'patch',
      path: `${REVIEW}/beginning/qm-04/@scr-assess`,
      data: {
        answers: [
          { number: 1, answer: 'partly', evidence: 'Draft letter.' },
          { number: 2, answer: 'yes', evidence: 'Interpreter booked.' },
        ],
        judgement: 'met',
        commentary: null,
        next_steps: 'Offer a meeting',
        next_steps_by: 'Lead reviewer',
        assessor: null,
        assessed_on: '2026-03-04',
      },
    });
  });

  it('shows a refusal at its field and keeps what was typed', () => {
    const errors = [
      { field: 'assessed_on', message: 'The date assessed must be between 1900-01-01 and 2099-12-31.' },
      { field: 'evidence-2', message: 'Question 2: evidence must be text.' },
      { field: 'answers', message: 'Question 1 is answered twice.' },
    ];
    const { container } = renderAt({
      scrAssess: { loaded: true, data: assess },
      scrAssessSave: { error: 'refused', errors },
    });
    expect(container.querySelector('#assessed_on-error').textContent).toBe(errors[0].message);
    expect(container.querySelector('#assessed_on').getAttribute('aria-describedby')).toBe('assessed_on-error');
    expect(container.querySelector('#assessed_on').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#evidence-2-error').textContent).toBe(errors[1].message);
    expect(container.querySelector('.scrqm-assess-refused').textContent).toBe(
      'Nothing was saved. Correct what is shown below and save again.Question 1 is answered twice.',
    );
    fireEvent.change(container.querySelector('#evidence-1'), { target: { value: 'Typed, kept.' } });
    expect(container.querySelector('#evidence-1').value).toBe('Typed, kept.');
  });

  it('goes to the marker page, at the round, once saved', () => {
    const store = createStore(
      combineReducers({
        intl: () => ({ locale: 'en', messages: {} }),
        scrAssess: () => ({ loaded: true, data: assess }),
        scrAssessSave,
      }),
    );
    let location;
    render(
      <Provider store={store}>
        <MemoryRouter initialEntries={[PATH]}>
          <Route path="/**/assess" component={AssessForm} />
          <Route
            path="*"
            render={(props) => {
              location = props.location;
              return null;
            }}
          />
        </MemoryRouter>
      </Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(location.pathname).toBe(PATH);
    act(() => {
      store.dispatch({ type: 'SAVE_SCR_ASSESS_SUCCESS', result: assess });
    });
    expect(`${location.pathname}${location.search}${location.hash}`).toBe(
      `${REVIEW}/marker-assessment?marker=4#beginning`,
    );
  });

  it('turns the answer of the service into values and back', () => {
    const values = valuesOf(assess);
    expect(values.answers).toEqual({
      1: { answer: 'partly', evidence: 'Draft letter.' },
      2: { answer: '', evidence: '' },
    });
    expect(payloadOf(values).answers[1]).toEqual({ number: 2, answer: null, evidence: '' });
  });
});
