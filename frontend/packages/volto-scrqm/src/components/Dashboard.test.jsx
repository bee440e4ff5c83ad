import React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import Dashboard from './Dashboard';
import { renderAt } from './testing';

const dashboard = {
  items: [
    {
      '@id': 'http://localhost:3000/reviews/child-k',
      title: 'Child K',
      phase: 'running',
      phase_title: 'Running',
      review_type: 'lcspr',
      review_type_title: 'Local child safeguarding practice review',
      overdue: true,
      delay_explained: false,
      next_due: '2026-10-01',
      clocks: [
        {
          id: 'report',
          title: 'Final report',
          state: 'overdue',
          state_title: 'Overdue',
          due: '2026-10-01',
          left: -12,
        },
        {
          id: 'publish',
          title: 'Publication',
          state: 'running',
          state_title: 'Running',
          due: '2027-01-04',
          left: 25,
        },
      ],
      processes: { total: 2, active: 1, delaying: 0, embargo: true },
    },
  ],
  items_total: 30,
  by_phase: { running: 20, reporting: 10 },
  incidents: [],
  phase_options: [
    { id: 'running', title: 'Running' },
    { id: 'reporting', title: 'Reporting' },
  ],
  type_options: [{ id: 'lcspr', title: 'Local child safeguarding practice review' }],
  sort_options: [
    { id: 'next_due', title: 'Next due date' },
    { id: 'title', title: 'Pseudonym' },
  ],
};

describe('Dashboard', () => {
  it('asks @scr-dashboard with the filters and page of the address', () => {
    const { store } = renderAt(
      <Dashboard />,
      '/reviews/scr-dashboard?phase=running&overdue=1&b_start=25',
    );
    expect(store.getActions()[0].request.path).toBe(
      '/reviews/@scr-dashboard?phase=running&overdue=1&b_start=25&b_size=25',
    );
  });

  it('shows each review with phase, type, clocks, processes and the counts by phase', () => {
    const { container } = renderAt(<Dashboard />, '/scr-dashboard', {
      scrDashboard: { loaded: true, data: dashboard },
    });
    const row = container.querySelector('.scrqm-dashboard-table tbody tr');
    expect(row.className).toBe('scrqm-overdue');
    expect(screen.getByRole('link', { name: 'Child K' }).getAttribute('href')).toBe(
      '/reviews/child-k',
    );
    const cells = Array.from(row.querySelectorAll('td')).map((td) => td.textContent);
    expect(cells[0]).toBe('Running');
    expect(cells[1]).toBe('Local child safeguarding practice review');
    expect(
      Array.from(row.querySelectorAll('.scrqm-clock-list li')).map((li) => li.textContent),
    ).toEqual([
      'Final report: Overdue · due 1 October 2026 · 12 working days over',
      'Publication: Running · due 4 January 2027 · 25 working days left',
    ]);
    expect(cells[3]).toBe('1 October 2026');
    expect(cells[4]).toBe('1 of 2 under way or expected publication embargo');
    expect(container.querySelector('caption').textContent).toBe('Reviews (30)');
    expect(
      Array.from(container.querySelectorAll('.scrqm-by-phase li')).map((li) => li.textContent),
    ).toEqual(['Running: 20', 'Reporting: 10']);
    expect(screen.getByRole('link', { name: 'Next page' }).getAttribute('href')).toBe(
      '/scr-dashboard?b_start=25',
    );
  });

  it('filters through the address', () => {
    const { location } = renderAt(<Dashboard />, '/scr-dashboard?b_start=25', {
      scrDashboard: { loaded: true, data: dashboard },
    });
    fireEvent.change(screen.getByLabelText('Phase'), { target: { value: 'reporting' } });
    fireEvent.click(screen.getByLabelText('Overdue only'));
    fireEvent.change(screen.getByLabelText('Sort by'), { target: { value: 'title' } });
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(location().search).toBe('?phase=reporting&overdue=1&sort_on=title');
  });

  it('shows the backend refusal', () => {
    renderAt(<Dashboard />, '/scr-dashboard', {
      scrDashboard: { error: 'You are not authorized' },
    });
    expect(screen.getByRole('alert').textContent).toBe('You are not authorized');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
