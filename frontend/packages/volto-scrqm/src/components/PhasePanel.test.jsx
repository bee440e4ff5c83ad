import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import { applyMiddleware, combineReducers, createStore } from 'redux';
import { intlReducer } from 'react-intl-redux';
import { scrNextSteps, scrTransition } from 'volto-scrqm/reducers';
import PhasePanel from './PhasePanel';

const mockStore = configureStore();
const url = 'http://localhost:3000/reviews/child-d/report';

const nextSteps = {
  loaded: true,
  data: {
    state: 'published',
    state_title: 'Published',
    steps: [
      { id: 'withdraw', title: 'Withdraw', available: true, missing: [], warnings: [] },
      {
        id: 'retract',
        title: 'Return to draft',
        available: false,
        missing: ['The chair first withdraws it'],
        warnings: [],
      },
    ],
  },
};

const renderPanel = (state) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  const view = render(
    <Provider store={store}>
      <PhasePanel url={url} />
    </Provider>,
  );
  return { store, ...view };
};

describe('PhasePanel', () => {
  it('asks @scr-next-steps for the item', () => {
    const { store } = renderPanel({ scrNextSteps: {}, scrTransition: {} });
    expect(store.getActions()[0]).toEqual({
      type: 'GET_SCR_NEXT_STEPS',
      request: { op: 'get', path: '/reviews/child-d/report/@scr-next-steps' },
    });
  });

  it('shows the state, the moves and what a blocked move still needs', () => {
    renderPanel({ scrNextSteps: nextSteps, scrTransition: {} });
    expect(screen.getByText('Published').tagName).toBe('STRONG');
    const blocked = screen.getByRole('button', { name: 'Return to draft' });
    expect(blocked.disabled).toBe(true);
    expect(screen.getByText('The chair first withdraws it')).toBeTruthy();
    expect(blocked.getAttribute('aria-describedby')).toBe('scrqm-step-retract-missing');
  });

  it('asks for the reason of a withdrawal before sending it', () => {
    const { store } = renderPanel({ scrNextSteps: nextSteps, scrTransition: {} });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(screen.getByRole('alert').textContent).toMatch(/needs its reason/);
    expect(store.getActions().map((a) => a.type)).toEqual(['GET_SCR_NEXT_STEPS']);
    fireEvent.change(screen.getByLabelText('Reason (required to withdraw)'), {
      target: { value: 'A name was left in section 3.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    const sent = store.getActions()[1];
    expect(sent.type).toBe('SCR_TRANSITION');
    expect(sent.request).toEqual({
      op: 'post',
      path: '/reviews/child-d/report/@workflow/withdraw',
      data: { comment: 'A name was left in section 3.' },
    });
  });

  it('shows the backend refusal instead of a success message', () => {
    // A real store with the add-on's reducers; the API answers the move with a 400, as the
    // backend does.
    const sent = [];
    const fakeApi = () => (next) => (action) => {
      if (!action.request) return next(action);
      sent.push(action);
      if (action.type === 'GET_SCR_NEXT_STEPS') {
        return next({ type: 'GET_SCR_NEXT_STEPS_SUCCESS', result: nextSteps.data });
      }
      return next({
        type: `${action.type}_FAIL`,
        error: {
          status: 400,
          response: {
            body: {
              error: {
                type: 'WorkflowException',
                message: 'A withdrawal needs its reason: write it in the comment.',
              },
            },
          },
        },
      });
    };
    const store = createStore(
      combineReducers({ intl: intlReducer, scrNextSteps, scrTransition }),
      { intl: { locale: 'en', messages: {} } },
      applyMiddleware(fakeApi),
    );
    render(
      <Provider store={store}>
        <PhasePanel url={url} />
      </Provider>,
    );
    fireEvent.change(screen.getByLabelText('Reason (required to withdraw)'), {
      target: { value: ' ' },
    });
    fireEvent.change(screen.getByLabelText('Reason (required to withdraw)'), {
      target: { value: 'x' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw' }));
    expect(sent.map((a) => a.type)).toEqual(['GET_SCR_NEXT_STEPS', 'SCR_TRANSITION']);
    expect(screen.getByRole('alert').textContent).toBe(
      'A withdrawal needs its reason: write it in the comment.',
    );
    expect(screen.queryByText(/Workflow updated/)).toBeNull();
    expect(screen.queryByText(/^Done/)).toBeNull();
  });
});
