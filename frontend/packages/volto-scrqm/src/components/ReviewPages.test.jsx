import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import ReviewPages, { pagesToLink } from './ReviewPages';
import ReviewStatus from './ReviewStatus';

const mockStore = configureStore();
const url = 'http://localhost:3000/reviews/child-k';

const renderWith = (ui, state = {}) =>
  render(
    <Provider store={mockStore({ intl: { locale: 'en', messages: {} }, ...state })}>
      <MemoryRouter>{ui}</MemoryRouter>
    </Provider>,
  );

describe('ReviewPages', () => {
  it('links the pages the backend says the reader may open, under the review', () => {
    renderWith(
      <ReviewPages
        url={url}
        pages={['assessment-overview', 'review-information', 'review-history', 'privacy-check']}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Information register', '/reviews/child-k/review-information'],
      ['History', '/reviews/child-k/review-history'],
      ['Privacy check', '/reviews/child-k/privacy-check'],
    ]);
    expect(screen.queryByText('Family and letters')).toBeNull();
  });

  it('links nothing the backend did not name, nor pages it does not know', () => {
    expect(pagesToLink(undefined)).toEqual([]);
    expect(pagesToLink(['family', 'something-new', 'heading'])).toEqual(['family']);
    const { container } = renderWith(<ReviewPages url={url} pages={[]} />);
    expect(container.querySelector('nav')).toBeNull();
  });

  it('is on the review page with the pages from @scr-items', () => {
    renderWith(<ReviewStatus url={url} />, {
      scrItems: { data: { kinds: [], pages: ['review-information', 'chronology', 'family'] } },
    });
    expect(screen.getByRole('navigation', { name: "The review's pages" })).toBeTruthy();
    expect(screen.getByText('Chronology').getAttribute('href')).toBe('/reviews/child-k/chronology');
    expect(screen.getByText('Family and letters').getAttribute('href')).toBe(
      '/reviews/child-k/family',
    );
  });
});
