import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import configureStore from 'redux-mock-store';
import ReviewDocumentView from './ReviewDocumentView';

const mockStore = configureStore();
const store = () => mockStore({ intl: { locale: 'en', messages: {} } });

const report = {
  '@id': 'http://localhost:3000/reviews/child-d/report',
  '@type': 'ReviewReport',
  title: 'Child D: local child safeguarding practice review',
  report_content: { token: 'full', title: 'The full report' },
  area: 'Northshire',
  publication_date: '2026-05-14',
  learning_themes: [
    { token: 'neglect', title: 'Neglect' },
    { token: 'information-sharing', title: 'Information sharing' },
  ],
  summary: 'What happened.\nWhat agencies will change.',
  text: { data: '<p>The report <strong>as published</strong>.</p>', 'content-type': 'text/html' },
  report_file: { download: 'http://localhost:3000/reviews/child-d/report/@@download/report_file', filename: 'child-d.pdf' },
};

describe('ReviewDocumentView', () => {
  it('renders a published report from its own JSON, lists as lists', () => {
    render(
      <Provider store={store()}>
        <ReviewDocumentView content={report} />
      </Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(report.title);
    expect(screen.getByText('The full report')).toBeTruthy();
    expect(screen.getByText('14 May 2026')).toBeTruthy();
    const themes = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(themes).toEqual(['Neglect', 'Information sharing']);
    expect(screen.queryByText(/Neglect, Information sharing/)).toBeNull();
    expect(screen.getByText('What agencies will change.').tagName).toBe('P');
    expect(screen.getByText('as published').tagName).toBe('STRONG');
    expect(screen.getByRole('link', { name: 'child-d.pdf' }).getAttribute('href')).toBe(
      '/reviews/child-d/report/@@download/report_file',
    );
  });

  it('renders a board response with its own fields and skips the empty ones', () => {
    render(
      <Provider store={store()}>
        <ReviewDocumentView
          content={{
            '@type': 'BoardResponse',
            title: 'Board response to the Child D review',
            accepts_findings: { token: 'all', title: 'Yes, all of them' },
            priorities: 'Early help first.',
            actions: '',
            monitoring: null,
          }}
        />
      </Provider>,
    );
    expect(screen.getByText('Yes, all of them')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Priorities for action' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /What the board/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: /monitored/ })).toBeNull();
  });

  it('shows no internal field it was not sent', () => {
    const { container } = render(
      <Provider store={store()}>
        <ReviewDocumentView content={{ '@type': 'ReviewReport', title: 'Report' }} />
      </Provider>,
    );
    expect(container.querySelectorAll('h2')).toHaveLength(0);
    expect(container.querySelector('dl')).toBeNull();
  });
});

describe('ReviewDocumentView for the review team', () => {
  it('shows the phase panel to a signed-in user, who may move the document on', () => {
    const signedIn = mockStore({
      intl: { locale: 'en', messages: {} },
      userSession: { token: 'a-token' },
      scrNextSteps: {},
      scrTransition: {},
    });
    render(
      <Provider store={signedIn}>
        <ReviewDocumentView content={report} />
      </Provider>,
    );
    expect(signedIn.getActions()).toEqual([
      {
        type: 'GET_SCR_NEXT_STEPS',
        request: { op: 'get', path: '/reviews/child-d/report/@scr-next-steps' },
      },
    ]);
  });

  it('asks nothing of the backend for a visitor', () => {
    const visitor = store();
    render(
      <Provider store={visitor}>
        <ReviewDocumentView content={report} />
      </Provider>,
    );
    expect(visitor.getActions()).toEqual([]);
  });
});
