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
      '/reviews/child-k/@scr-items',
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

  it("lists the review's items by kind, each linked to its page, with what is not shown", () => {
    const { container } = renderWith({
      scrItems: {
        data: {
          kinds: [
            {
              id: 'ReviewReport',
              title: 'Review report',
              total: 1,
              items: [{ '@id': `${url}/report`, title: 'Report', review_state: 'draft', state_title: 'Draft' }],
            },
            {
              id: 'InformationRequest',
              title: 'Information request',
              total: 3,
              items: [
                { '@id': `${url}/police-records`, title: 'Police records', review_state: '', state_title: '' },
                { '@id': `${url}/school-records`, title: 'School records', review_state: '', state_title: '' },
              ],
            },
          ],
        },
      },
    });
    const kinds = Array.from(container.querySelectorAll('.scrqm-items-kind'));
    expect(kinds.map((kind) => kind.querySelector('h3').textContent)).toEqual([
      'Review report (1)',
      'Information request (3)',
    ]);
    expect(kinds[0].querySelector('li').textContent).toBe('Report (Draft)');
    expect(
      Array.from(kinds[1].querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([
      ['Police records', '/reviews/child-k/police-records'],
      ['School records', '/reviews/child-k/school-records'],
    ]);
    expect(kinds[1].querySelector('.scrqm-items-more').textContent).toBe('2 of 3 shown');
    expect(kinds[0].querySelector('.scrqm-items-more')).toBeNull();
  });

  it('says who acts next: the moves the user cannot make, with roles and people', () => {
    renderWith({
      scrNextSteps: {
        data: {
          steps: [],
          others: [
            {
              id: 'start_review',
              title: 'Start the review',
              roles: ['the review manager', 'the lead reviewer'],
              people: ['Rita Manager'],
            },
          ],
        },
      },
    });
    expect(screen.getByRole('heading', { name: 'Who acts next' })).toBeTruthy();
    expect(screen.getByRole('listitem').textContent).toBe(
      'Start the review: the review manager and the lead reviewer (Rita Manager)',
    );
  });
});
