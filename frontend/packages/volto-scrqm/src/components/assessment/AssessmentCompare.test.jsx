import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import AssessmentCompare from './AssessmentCompare';
import { REVIEW, compare } from './fixtures';

const mockStore = configureStore();

const renderAt = (state, query = '') => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[`${REVIEW}/assessment-compare${query}`]}>
        <Route path="/**/assessment-compare" component={AssessmentCompare} />
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

describe('AssessmentCompare', () => {
  it('asks for the rounds named in the address', () => {
    const { store } = renderAt({ scrAssessmentCompare: {} }, '?rounds=beginning&rounds=progress');
    expect(store.getActions()[0].request.path).toBe(
      `${REVIEW}/@scr-assessment-compare?rounds=beginning&rounds=progress`,
    );
  });

  it('shows each marker by round and what changed', () => {
    const { container } = renderAt({ scrAssessmentCompare: { loaded: true, data: compare } });
    const head = Array.from(container.querySelectorAll('.scrqm-compare thead th')).map((th) => th.textContent);
    expect(head).toEqual(['Marker', 'Beginning of the review3 March 2026', 'During the review1 June 2026', 'What changed']);
    const rows = Array.from(container.querySelectorAll('.scrqm-compare tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent),
    );
    expect(rows[0]).toEqual(['QM 1: Referral', '✓ Met3 of 3 answered', 'not in this round', 'No change']);
    expect(rows[1][3]).toBe(
      'Beginning of the review, 2026-03-03 → During the review, 2026-06-01Judgement: ◐ Partly met → ✓ MetQ1: Partly → Yes',
    );
    expect(container.querySelectorAll('tr.scrqm-changed')).toHaveLength(1);
    expect(Helmet.peek().title).toBe('Compare assessment rounds: Child A');
  });

  it('chooses the rounds to compare', () => {
    const { location } = renderAt({ scrAssessmentCompare: { loaded: true, data: compare } });
    fireEvent.click(screen.getByLabelText('Beginning of the review, 2026-03-03'));
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    expect(location().pathname + location().search).toBe(`${REVIEW}/assessment-compare?rounds=progress`);
  });

  it('shows the refusal of an unknown round', () => {
    renderAt({ scrAssessmentCompare: { error: "This review has no assessment round 'nope'." } }, '?rounds=nope');
    expect(screen.getByRole('alert').textContent).toBe("This review has no assessment round 'nope'.");
  });
});
