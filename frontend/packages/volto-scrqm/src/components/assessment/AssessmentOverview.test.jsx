import React from 'react';
import { render, screen, within } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import AssessmentOverview from './AssessmentOverview';
import { REVIEW, overview } from './fixtures';

const mockStore = configureStore();

const renderAt = (state) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, userSession: { token: 't' }, ...state });
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[`${REVIEW}/assessment-overview`]}>
        <Route path="/**/assessment-overview" component={AssessmentOverview} />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

describe('AssessmentOverview', () => {
  it('asks @scr-assessment-overview on the review', () => {
    const { store } = renderAt({ scrAssessmentOverview: {} });
    expect(store.getActions()).toEqual([
      {
        type: 'GET_SCR_ASSESSMENT_OVERVIEW',
        request: { op: 'get', path: `${REVIEW}/@scr-assessment-overview` },
      },
    ]);
    expect(screen.getByText('Loading…')).toBeTruthy();
  });

  it('shows the clusters with each marker, its judgement and a link to its page', () => {
    const { container } = renderAt({ scrAssessmentOverview: { loaded: true, data: overview } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Self-assessment: Child A');
    expect(Helmet.peek().title).toBe('Self-assessment: Child A');
    const clusters = Array.from(container.querySelectorAll('.scrqm-cluster h2')).map((h) => h.textContent);
    expect(clusters).toEqual(['Foundations', 'The review', 'Results']);
    const rows = Array.from(container.querySelectorAll('.scrqm-marker-row')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['QM 1: Referral', '✓ Met', 'Beginning of the review, 2026-03-03', '3 of 3 answered'],
      ['QM 4: Informing the family', '◐ Partly met', 'During the review, 2026-06-01', '2 of 4 answered'],
      ['QM 7: Review team', '– Not assessed', '', ''],
    ]);
    expect(screen.getByRole('link', { name: 'QM 4: Informing the family' }).getAttribute('href')).toBe(
      `${REVIEW}/marker-assessment?marker=4`,
    );
    const summary = Array.from(container.querySelectorAll('.scrqm-assessment-summary li')).map((li) => li.textContent);
    expect(summary).toEqual(['✓ Met: 3', '◐ Partly met: 1', '✗ Not met: 0', '– Not assessed: 14']);
    const rounds = within(container.querySelector('.scrqm-rounds tbody')).getAllByRole('row');
    expect(rounds.map((r) => r.textContent)).toEqual([
      'Beginning of the review3 March 20261820 of 60 answered',
      'During the review1 June 202623 of 7 answered',
    ]);
    expect(screen.getByRole('link', { name: 'Compare the rounds' }).getAttribute('href')).toBe(
      `${REVIEW}/assessment-compare`,
    );
  });

  it('offers the report of the latest round as PDF and every answer as CSV, through the API', () => {
    renderAt({ scrAssessmentOverview: { loaded: true, data: overview } });
    const pdf = screen.getByRole('link', { name: 'Report of During the review, 2026-06-01 (PDF)' });
    expect(pdf.getAttribute('href')).toMatch(
      new RegExp(`/\\+\\+api\\+\\+${REVIEW}/@scr-assessment-report\\?format=pdf&round=progress$`),
    );
    const csv = screen.getByRole('link', { name: 'Every answer of every round (CSV)' });
    expect(csv.getAttribute('href')).toMatch(/@scr-assessment-report\?format=csv$/);
  });

  it('shows the backend refusal', () => {
    renderAt({ scrAssessmentOverview: { error: 'Unauthorized' } });
    expect(screen.getByRole('alert').textContent).toBe('Unauthorized');
  });
});
