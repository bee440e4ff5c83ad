import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ReviewView, { RecordFieldsets } from './ReviewView';

const mockStore = configureStore();

const schema = {
  fieldsets: [
    { id: 'default', title: 'Default', fields: ['title', 'lead_reviewers', 'review_type'] },
    { id: 'dates', title: 'Key dates', fields: ['referral_date', 'notes'] },
  ],
  properties: {
    title: { title: 'Title' },
    lead_reviewers: { title: 'Lead reviewers' },
    review_type: { title: 'Type of review' },
    referral_date: { title: 'Referral date' },
    notes: { title: 'Notes' },
  },
};

const review = {
  '@id': 'http://localhost:3000/reviews/child-a',
  '@type': 'CaseReview',
  title: 'Child A',
  lead_reviewers: ['A. Reviewer', 'B. Reviewer'],
  review_type: { token: 'lcspr', title: 'Local child safeguarding practice review' },
  referral_date: '2026-03-02',
  notes: '',
};

describe('ReviewView', () => {
  it('renders the record by fieldset, lists as lists, empty fields left out', () => {
    const { container } = render(
      <Provider store={mockStore({ intl: { locale: 'en', messages: {} } })}>
        <RecordFieldsets schema={schema} content={review} />
      </Provider>,
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Default',
      'Key dates',
    ]);
    const reviewers = container.querySelector('.scrqm-fieldset-default ul.scrqm-list');
    expect(Array.from(reviewers.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'A. Reviewer',
      'B. Reviewer',
    ]);
    expect(container.textContent).not.toContain('A. Reviewer, B. Reviewer');
    expect(screen.getByText('Local child safeguarding practice review')).toBeTruthy();
    expect(screen.getByText('2 March 2026')).toBeTruthy();
    expect(screen.queryByText('Notes')).toBeNull();
  });

  it('asks for the schema and the next steps of the review', () => {
    const store = mockStore({
      intl: { locale: 'en', messages: {} },
      schema: {},
      scrNextSteps: {},
      scrTransition: {},
    });
    render(
      <Provider store={store}>
        <MemoryRouter>
          <ReviewView content={review} />
        </MemoryRouter>
      </Provider>,
    );
    expect(
      screen.getByRole('link', { name: 'Self-assessment against the quality markers' }).getAttribute('href'),
    ).toBe('/reviews/child-a/assessment-overview');
    const paths = store.getActions().map((action) => action.request?.path);
    expect(paths).toContain('/reviews/child-a/@scr-next-steps');
    expect(paths).toContain('/reviews/child-a/@types/CaseReview');
  });
});
