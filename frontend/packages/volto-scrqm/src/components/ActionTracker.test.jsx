import React from 'react';
import { fireEvent, screen } from '@testing-library/react';
import ActionTracker from './ActionTracker';
import { renderAt } from './testing';

const actions = {
  items: [
    {
      uid: 'a1',
      url: 'http://localhost:3000/reviews/child-k/finding-1/tool',
      title: 'Shared neglect threshold tool',
      review: 'Child K',
      review_uid: 'r1',
      agency: 'Police',
      lead: 'Head of early help',
      due_date: '2026-09-30',
      status: 'in_progress',
      status_title: 'In progress',
      flags: ['overdue', 'no-owner'],
      flag_titles: ['Overdue', 'No owner'],
      rag: 'amber',
      rag_title: 'Amber',
      rag_date: '2026-11-01',
    },
  ],
  items_total: 1,
  options: {
    agency: [{ id: 'Police', title: 'Police' }],
    status: [{ id: 'in_progress', title: 'In progress' }],
    flag: [{ id: 'overdue', title: 'Overdue' }],
    review: [{ id: 'r1', title: 'Child K' }],
    sort_on: ['due_date', 'review', 'agency', 'status', 'title'],
  },
};

describe('ActionTracker', () => {
  it('asks @scr-actions with the filters of the address', () => {
    const { store } = renderAt(<ActionTracker />, '/action-tracker?flag=overdue&sort_on=agency');
    expect(store.getActions()[0].request.path).toBe(
      '/@scr-actions?flag=overdue&sort_on=agency&b_start=0&b_size=25',
    );
  });

  it('shows each action with its flags as a list and the latest RAG', () => {
    const { container } = renderAt(<ActionTracker />, '/action-tracker', {
      scrActions: { loaded: true, data: actions },
    });
    const cells = Array.from(container.querySelectorAll('tbody td')).map((td) => td.textContent);
    expect(cells).toEqual([
      'Child K',
      'Shared neglect threshold tool',
      'Police',
      'Head of early help',
      '30 September 2026',
      'In progress',
      'OverdueNo owner',
      'Amber 1 November 2026',
    ]);
    expect(
      Array.from(container.querySelectorAll('.scrqm-flags li')).map((li) => li.textContent),
    ).toEqual(['Overdue', 'No owner']);
    expect(container.querySelector('caption').textContent).toBe(
      '1 action. Select a column heading to sort.',
    );
  });

  it('sorts by a column heading, then the other way', () => {
    renderAt(<ActionTracker />, '/action-tracker?sort_on=agency&agency=Police', {
      scrActions: { loaded: true, data: actions },
    });
    expect(screen.getByRole('link', { name: 'Agency' }).getAttribute('href')).toBe(
      '/action-tracker?agency=Police&sort_on=agency&sort_order=descending',
    );
    expect(screen.getByRole('link', { name: 'Due' }).getAttribute('href')).toBe(
      '/action-tracker?agency=Police&sort_on=due_date&sort_order=ascending',
    );
  });

  it('filters through the address and shows the backend refusal of a bad filter', () => {
    const { location } = renderAt(<ActionTracker />, '/action-tracker', {
      scrActions: { loaded: true, data: actions },
    });
    fireEvent.change(screen.getByLabelText('Review'), { target: { value: 'r1' } });
    fireEvent.change(screen.getByLabelText('Flag'), { target: { value: 'overdue' } });
    fireEvent.click(screen.getByRole('button', { name: 'Filter' }));
    expect(location().search).toBe('?flag=overdue&review=r1');
    renderAt(<ActionTracker />, '/action-tracker?flag=nope', {
      scrActions: { error: "Unknown value 'nope' for 'flag'." },
    });
    expect(screen.getByRole('alert').textContent).toBe("Unknown value 'nope' for 'flag'.");
  });
});
