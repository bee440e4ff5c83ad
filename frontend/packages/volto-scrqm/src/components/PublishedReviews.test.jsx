import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import PublishedReviews, { listingBase, readQuery, writeQuery } from './PublishedReviews';

const mockStore = configureStore();

const listing = {
  items: [
    {
      pseudonym: 'Child D',
      area: 'Northshire',
      year: 2026,
      publication_date: '2026-05-14',
      summary: 'What happened and what will change.',
      learning_themes: ['Neglect', 'Information sharing'],
      themes: ['neglect', 'information-sharing'],
      report_url: 'http://localhost:3000/reviews/child-d/report',
      response_url: 'http://localhost:3000/reviews/child-d/response',
    },
  ],
  items_total: 45,
  theme_options: [
    { token: 'neglect', title: 'Neglect' },
    { token: 'information-sharing', title: 'Information sharing' },
  ],
};

const renderAt = (path, scrPublished) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrPublished });
  let location;
  render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <PublishedReviews />
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
  return { store, location: () => location };
};

describe('PublishedReviews', () => {
  it('reads and writes the listing query', () => {
    expect(readQuery('?theme=neglect&theme=housing&b_start=20')).toEqual({
      themes: ['neglect', 'housing'],
      bStart: 20,
    });
    expect(readQuery('?b_start=-4')).toEqual({ themes: [], bStart: 0 });
    expect(readQuery('?b_start=x')).toEqual({ themes: [], bStart: 0 });
    expect(writeQuery({ themes: ['neglect'], bStart: 0 })).toBe('?theme=neglect');
    expect(writeQuery({ themes: [] })).toBe('');
    expect(listingBase('/partnership/published-reviews')).toBe('/partnership');
    expect(listingBase('/published-reviews')).toBe('');
  });

  it('asks @scr-published for the page and themes in the address', () => {
    const { store } = renderAt('/published-reviews?theme=neglect&b_start=20', {});
    const [action] = store.getActions();
    expect(action.type).toBe('GET_SCR_PUBLISHED');
    expect(action.request.op).toBe('get');
    expect(action.request.path).toBe('/@scr-published?theme=neglect&b_start=20&b_size=20');
  });

  it('lists the reviews with their themes as a list, and pages', () => {
    renderAt('/published-reviews?b_start=20', { loaded: true, data: listing });
    expect(screen.getByRole('heading', { level: 2, name: 'Child D' })).toBeTruthy();
    expect(screen.getByText('45 reviews')).toBeTruthy();
    const themes = screen.getByRole('list', { name: 'Learning themes' });
    expect(Array.from(themes.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'Neglect',
      'Information sharing',
    ]);
    expect(screen.getByRole('link', { name: 'Board response' }).getAttribute('href')).toBe(
      '/reviews/child-d/response',
    );
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe(
      '/published-reviews',
    );
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe(
      '/published-reviews?b_start=40',
    );
  });

  it('filters by the themes chosen', () => {
    const { location } = renderAt('/published-reviews', { loaded: true, data: listing });
    fireEvent.click(screen.getByLabelText('Information sharing'));
    fireEvent.click(screen.getByRole('button', { name: 'Show these themes' }));
    expect(location().search).toBe('?theme=information-sharing');
  });

  it('shows the backend refusal of an unknown theme', () => {
    renderAt('/published-reviews?theme=nope', { error: 'Unknown theme: nope' });
    expect(screen.getByRole('alert').textContent).toBe('Unknown theme: nope');
  });
});
