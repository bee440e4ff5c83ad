import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ReviewStatus from './ReviewStatus';

const mockStore = configureStore();
const url = 'http://localhost:3000/reviews/child-k';

const renderWith = (state) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  const view = render(
    <Provider store={store}>
      <MemoryRouter>
        <ReviewStatus url={url} />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

describe('ReviewStatus', () => {
  it('asks for the clocks and the overdue requests of the review', () => {
    const { store } = renderWith({});
    expect(store.getActions().map((a) => a.request.path)).toEqual([
      '/reviews/child-k/@scr-clocks',
      '/reviews/child-k/@scr-overdue-requests',
    ]);
  });

  it('shows each clock, what is overdue and the overdue requests', () => {
    const { container } = renderWith({
      scrClocks: {
        data: {
          clocks: [
            { id: 'decision', title: 'Decision', state: 'met', state_title: 'Met', due: '2026-01-10', left: null, overdue_by: null },
            { id: 'report', title: 'Final report', state: 'overdue', state_title: 'Overdue', due: '2026-10-01', left: -12, overdue_by: 12, delay_explained: false },
            { id: 'publish', title: 'Publication', state: 'running', state_title: 'Running', due: '2027-01-04', left: 25, overdue_by: null },
          ],
        },
      },
      scrOverdueRequests: {
        data: {
          items: [{ '@id': `${url}/police-records`, title: 'Police records', due: '2026-11-24' }],
        },
      },
    });
    const rows = Array.from(container.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Decision', 'Met', '10 January 2026', ''],
      ['Final report', 'Overdue', '1 October 2026', '12 working days overdue (delay not yet explained)'],
      ['Publication', 'Running', '4 January 2027', '25'],
    ]);
    const link = screen.getByRole('link', { name: 'Police records' });
    expect(link.getAttribute('href')).toBe('/reviews/child-k/police-records');
    expect(link.parentElement.textContent).toBe('Police records, due 24 November 2026');
  });

  it('shows nothing while there is nothing to show', () => {
    const { container } = renderWith({ scrClocks: { data: { clocks: [] } } });
    expect(container.innerHTML).toBe('');
  });
});
