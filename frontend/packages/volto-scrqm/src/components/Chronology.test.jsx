import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import Chronology, { readFilters } from './Chronology';

const mockStore = configureStore();

const timeline = {
  items: [
    {
      '@id': 'http://localhost:3000/reviews/child-t/chronology-entries/e2',
      date: '2023-03-01',
      date_label: 'March 2023',
      precision: 'month',
      time: '',
      agency: 'Education',
      agency_index: 1,
      practitioner_role: 'Teacher',
      what_happened: 'Absences rose.',
      source_record: 'Register',
      marks: ['decision-point'],
      mark_titles: ['Decision point'],
    },
    {
      '@id': 'http://localhost:3000/reviews/child-t/chronology-entries/e1',
      date: '2023-03-14',
      date_label: '14/03/2023 10:30',
      precision: 'day',
      time: '10:30',
      agency: 'Police',
      agency_index: 0,
      practitioner_role: 'Response officer',
      what_happened: 'Attended the home.',
      source_record: 'Log 1',
      marks: [],
      mark_titles: [],
    },
  ],
  items_total: 2,
  agencies: ['Police', 'Education'],
  marks: [
    { value: 'key-practice-episode', title: 'Key practice episode' },
    { value: 'decision-point', title: 'Decision point' },
  ],
  can_import: true,
};

const renderAt = (path, scrChronology) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrChronology });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        <Chronology />
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

describe('Chronology', () => {
  it('reads the filters from the address and asks for the timeline with them', () => {
    expect(readFilters('?agency=Police&agency=Health&mark=decision-point&start=2023-03')).toEqual({
      agency: ['Police', 'Health'],
      mark: ['decision-point'],
      start: '2023-03',
      end: '',
    });
    const { store } = renderAt('/reviews/child-t/chronology?agency=Police&end=2023-12', {
      loading: true,
    });
    expect(store.getActions().map((a) => a.request.path)).toEqual([
      '/reviews/child-t/@scr-chronology?agency=Police&end=2023-12',
    ]);
  });

  it('shows every entry in the backend’s order, with its agency, marks and month-only dates', () => {
    const { container } = renderAt('/reviews/child-t/chronology', {
      loaded: true,
      data: timeline,
    });
    expect(container.querySelector('caption').textContent).toMatch(/^2 entries, in date order/);
    const rows = Array.from(container.querySelectorAll('.scrqm-timeline tbody tr'));
    expect(rows.map((tr) => Array.from(tr.children).map((c) => c.textContent))).toEqual([
      ['March 2023 (month only)', 'Education', 'Teacher', 'Absences rose.', 'Register', 'Decision point'],
      ['14/03/2023 10:30', 'Police', 'Response officer', 'Attended the home.', 'Log 1', ''],
    ]);
    expect(rows[0].className).toBe('scrqm-agency-1');
    expect(screen.getByRole('link', { name: 'March 2023' }).getAttribute('href')).toBe(
      '/reviews/child-t/chronology-entries/e2',
    );
    expect(
      screen.getByRole('link', { name: 'Import an agency’s chronology' }).getAttribute('href'),
    ).toBe('/reviews/child-t/chronology-import');
  });

  it('puts the chosen filters in the address', () => {
    const { location } = renderAt('/reviews/child-t/chronology', { loaded: true, data: timeline });
    fireEvent.click(screen.getByLabelText('Police'));
    fireEvent.click(screen.getByLabelText('Decision point'));
    fireEvent.change(screen.getByLabelText('From (YYYY-MM-DD or YYYY-MM)'), {
      target: { value: '2023-01' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect(location().pathname).toBe('/reviews/child-t/chronology');
    expect(location().search).toBe('?agency=Police&mark=decision-point&start=2023-01');
  });

  it('shows the backend’s refusal of a filter, and says when nothing matches', () => {
    renderAt('/reviews/child-t/chronology?start=14/03/2023', {
      loaded: false,
      error: "The parameter 'start' must be a date as YYYY-MM-DD or YYYY-MM.",
    });
    expect(screen.getByRole('alert').textContent).toContain("'start'");
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('offers no import to those who may not import, and says when nothing matches', () => {
    renderAt('/reviews/child-t/chronology', {
      loaded: true,
      data: { ...timeline, items: [], items_total: 0, can_import: false },
    });
    expect(screen.getByText('No chronology entries match.')).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Import an agency’s chronology' })).toBeNull();
  });
});
