import React from 'react';
import { render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import MarkerAssessment from './MarkerAssessment';
import { REVIEW, marker } from './fixtures';

const mockStore = configureStore();

const renderAt = (state, query = '?marker=4') => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[`${REVIEW}/marker-assessment${query}`]}>
        <Route path="/**/marker-assessment" component={MarkerAssessment} />
      </MemoryRouter>
    </Provider>,
  );
  return { store, ...view };
};

describe('MarkerAssessment', () => {
  it('asks for the marker named in the address', () => {
    const { store } = renderAt({ scrAssessmentMarker: {} });
    expect(store.getActions()[0].request.path).toBe(`${REVIEW}/@scr-assessment-marker?marker=4`);
  });

  it('shows the marker and its assessment in each round, latest first', () => {
    const { container } = renderAt({ scrAssessmentMarker: { loaded: true, data: marker } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('QM 4: Informing the family');
    expect(Helmet.peek().title).toBe('QM 4: Informing the family');
    expect(container.querySelector('.scrqm-marker-statement').textContent).toBe(
      'The family is told about the review.',
    );
    const rounds = Array.from(container.querySelectorAll('.scrqm-marker-round h3')).map((h) => h.textContent);
    expect(rounds).toEqual(['During the review, 1 June 2026', 'Beginning of the review, 3 March 2026']);
    const judgements = Array.from(container.querySelectorAll('.scrqm-marker-round .scrqm-judgement')).map(
      (el) => el.textContent,
    );
    expect(judgements).toEqual(['✓ Met', '◐ Partly met']);
    const first = Array.from(container.querySelectorAll('.scrqm-marker-round')[1].querySelectorAll('tbody tr')).map(
      (tr) => Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(first).toEqual([
      ['1. Was the family told?', 'Partly', 'Draft letter.'],
      ['2. Local: was an interpreter offered? (local question)', 'Not answered', ''],
    ]);
    expect(screen.getByText('Offer a meeting')).toBeTruthy();
    // Only the round the user may edit links to the editor.
    const edit = screen.getAllByRole('link', { name: 'Answer the questions of this round' });
    expect(edit.map((a) => a.getAttribute('href'))).toEqual([`${REVIEW}/progress/qm-04/assess`]);
    expect(screen.getByRole('link', { name: 'Next marker (QM 5)' }).getAttribute('href')).toBe(
      `${REVIEW}/marker-assessment?marker=5`,
    );
  });

  it('shows the refusal of an unknown marker', () => {
    renderAt(
      { scrAssessmentMarker: { error: 'There is no quality marker 19: markers are numbered 1 to 18.' } },
      '?marker=19',
    );
    expect(screen.getByRole('alert').textContent).toMatch('There is no quality marker 19');
  });
});
