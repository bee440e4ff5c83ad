import React from 'react';
import { screen } from '@testing-library/react';
import { PluggablesProvider, Pluggable } from '@plone/volto/components/manage/Pluggable';
import InformationRegister from './InformationRegister';
import ReviewHistory, { formatMoment } from './ReviewHistory';
import ToolbarLinks, { toolbarLinks } from './ToolbarLinks';
import { renderAt } from './testing';

const information = {
  title: 'Child K',
  requests: [
    {
      '@id': 'http://localhost:3000/reviews/child-k/police-records',
      title: 'Police records',
      agency: 'Police',
      date_sent: '2026-10-01',
      date_due: '2026-10-20',
      date_received: null,
      status: 'overdue',
      status_title: 'Overdue',
    },
  ],
  events: [{ '@id': 'http://localhost:3000/reviews/child-k/event', title: 'Learning event' }],
  can_add: true,
  chronology_count: 12,
};

describe('InformationRegister', () => {
  it('asks @scr-information of the review it hangs under', () => {
    const { store } = renderAt(<InformationRegister />, '/reviews/child-k/review-information');
    expect(store.getActions()[0].request.path).toBe('/reviews/child-k/@scr-information');
  });

  it('shows the requests with their status, the chronology size and the events', () => {
    const { container } = renderAt(<InformationRegister />, '/reviews/child-k/review-information', {
      scrInformation: { loaded: true, data: information },
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Assembling information: Child K',
    );
    const cells = Array.from(container.querySelectorAll('.scrqm-requests-table td')).map(
      (td) => td.textContent,
    );
    expect(cells).toEqual([
      'Police records',
      'Police',
      '1 October 2026',
      '20 October 2026',
      '',
      'Overdue',
    ]);
    expect(screen.getByText('12 entries, private to the review team.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Learning event' }).getAttribute('href')).toBe(
      '/reviews/child-k/event',
    );
    expect(
      screen.getByRole('link', { name: 'Add an information request' }).getAttribute('href'),
    ).toBe('/reviews/child-k/add?type=InformationRequest');
  });

  it('leaves out the chronology and the add buttons when the backend does', () => {
    const { container } = renderAt(<InformationRegister />, '/reviews/child-k/review-information', {
      scrInformation: {
        loaded: true,
        data: { ...information, can_add: false, chronology_count: undefined, requests: [] },
      },
    });
    expect(container.querySelector('.scrqm-chronology-count')).toBeNull();
    expect(screen.queryByRole('link', { name: 'Add an information request' })).toBeNull();
    expect(screen.getByText('No information requests yet.')).toBeTruthy();
  });
});

describe('ReviewHistory', () => {
  const history = {
    title: 'Child K',
    items: [
      {
        when: '2026-11-27T10:00:00+00:00',
        document: 'Report',
        action: 'Publish',
        state: 'Published',
        actor: 'Chair',
        comment: '',
      },
      {
        when: '2026-03-02T09:30:00+00:00',
        document: 'Child K',
        action: 'Start the review',
        state: 'Running',
        actor: 'Review Manager',
        comment: 'Panel agreed',
      },
    ],
  };

  it('asks @scr-history and lists the moves newest first', () => {
    const { store, container } = renderAt(<ReviewHistory />, '/reviews/child-k/review-history', {
      scrHistory: { loaded: true, data: history },
    });
    expect(store.getActions()[0].request.path).toBe('/reviews/child-k/@scr-history');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('History of Child K');
    const rows = Array.from(container.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.querySelectorAll('td')).map((td) => td.textContent),
    );
    expect(rows[1]).toEqual([
      formatMoment('2026-03-02T09:30:00+00:00'),
      'Child K',
      'Start the review',
      'Running',
      'Review Manager',
      'Panel agreed',
    ]);
    expect(rows[0][2]).toBe('Publish');
  });

  it('shows the refusal and no title to whoever may not read it', () => {
    renderAt(<ReviewHistory />, '/reviews/child-k/review-history', {
      scrHistory: { error: 'You are not authorized to access this resource.' },
    });
    expect(screen.getByRole('alert').textContent).toBe(
      'You are not authorized to access this resource.',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Review history');
  });

  it('writes a moment as a date and time in London', () => {
    expect(formatMoment('2026-07-01T09:05:00+00:00')).toBe('1 July 2026 at 10:05');
    expect(formatMoment('')).toBe('');
    expect(formatMoment('not a date')).toBe('not a date');
  });
});

describe('ToolbarLinks', () => {
  it('leads to the registers, and on a review to its information and history', () => {
    expect(
      toolbarLinks({ '@type': 'Document', '@id': 'http://localhost:3000/about' }).map((l) => l.to),
    ).toEqual(['/scr-dashboard', '/action-tracker', '/quality-markers']);
    expect(
      toolbarLinks({ '@type': 'CaseReview', '@id': 'http://localhost:3000/reviews/child-k' })
        .map((l) => l.to)
        .slice(3),
    ).toEqual(['/reviews/child-k/review-information', '/reviews/child-k/review-history']);
    const review = { '@type': 'CaseReview', '@id': 'http://localhost:3000/reviews/child-k' };
    expect(toolbarLinks(review, '/reviews/child-k/review-history')).toHaveLength(5);
    expect(toolbarLinks(review, '/reviews/child-k')).toHaveLength(5);
    // Elsewhere (the dashboard after a review), no stale links to the review
    expect(toolbarLinks(review, '/scr-dashboard')).toHaveLength(3);
    expect(toolbarLinks(review, '/reviews/child-kay')).toHaveLength(3);
  });

  const inToolbar = (state) =>
    renderAt(
      <PluggablesProvider>
        <ToolbarLinks pathname="/reviews/child-k" />
        <Pluggable name="main.toolbar.top" />
      </PluggablesProvider>,
      '/reviews/child-k',
      state,
    );

  it('puts the links in the toolbar of a signed-in user only', () => {
    inToolbar({
      userSession: { token: 'a-token' },
      content: { data: { '@type': 'CaseReview', '@id': 'http://localhost:3000/reviews/child-k' } },
    });
    expect(screen.getByRole('link', { name: 'Review history' }).getAttribute('href')).toBe(
      '/reviews/child-k/review-history',
    );
    expect(screen.getByRole('link', { name: 'Case reviews: dashboard' })).toBeTruthy();
  });

  it('shows nothing to a visitor', () => {
    inToolbar({ userSession: { token: null }, content: { data: { '@type': 'CaseReview' } } });
    expect(screen.queryAllByRole('link')).toEqual([]);
  });
});
