import React from 'react';
import { screen } from '@testing-library/react';
import MarkerCatalogueView from './MarkerCatalogueView';
import QualityMarkerView from './QualityMarkerView';
import { renderAt } from './testing';

const markers = {
  items: [
    {
      '@id': 'http://localhost:3000/quality-markers/qm-01',
      url: 'http://localhost:3000/quality-markers/qm-01',
      number: 1,
      title: 'Referral',
      cluster: 'setting-up',
      cluster_title: 'Setting up the review',
      statement: 'the case is referred for Serious Case Review promptly',
      questions: ['Is the rationale clear?', 'Are delays explained?', 'Criteria met?'],
    },
    {
      '@id': 'http://localhost:3000/quality-markers/qm-06',
      url: 'http://localhost:3000/quality-markers/qm-06',
      number: 6,
      title: 'Governance',
      cluster: 'running',
      cluster_title: 'Running the review',
      statement: 'the review is governed well',
      questions: ['One?'],
    },
  ],
  clusters: [
    { id: 'setting-up', title: 'Setting up the review', markers: [1] },
    { id: 'running', title: 'Running the review', markers: [6] },
  ],
};

describe('MarkerCatalogueView', () => {
  it('asks @scr-markers at the site root', () => {
    const { store } = renderAt(
      <MarkerCatalogueView content={{ title: 'Quality markers' }} />,
      '/quality-markers',
    );
    expect(store.getActions()[0].request).toEqual({ op: 'get', path: '/@scr-markers' });
  });

  it('lists the markers by cluster with their statement and question count', () => {
    const { container } = renderAt(
      <MarkerCatalogueView content={{ title: 'Quality markers' }} />,
      '/quality-markers',
      { scrMarkers: { loaded: true, data: markers } },
    );
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Setting up the review',
      'Running the review',
    ]);
    const link = screen.getByRole('link', { name: /Quality marker 1: Referral/ });
    expect(link.getAttribute('href')).toBe('/quality-markers/qm-01');
    expect(container.querySelector('.scrqm-marker-statement').textContent).toContain('promptly');
    expect(screen.getByText('3 questions')).toBeTruthy();
    expect(screen.getByText('1 question')).toBeTruthy();
  });

  it('says when there is no marker to show (a visitor)', () => {
    renderAt(<MarkerCatalogueView content={{ title: 'Quality markers' }} />, '/quality-markers', {
      scrMarkers: { loaded: true, data: { items: [], clusters: [] } },
    });
    expect(screen.getByText('No quality marker to show.')).toBeTruthy();
  });
});

describe('QualityMarkerView', () => {
  const content = {
    '@id': 'http://localhost:3000/quality-markers/qm-01',
    number: 1,
    title: 'Referral',
    cluster: { token: 'setting-up', title: 'Setting up the review' },
    statement: 'the case is referred promptly',
    questions: ['Is the rationale clear?', 'Are delays explained?'],
    local_questions: ['Did the partnership agree?'],
    rationale: 'Why it matters.\n\n- because\n- and because',
    knowledge_base: '',
  };

  it('shows the statement, the questions as numbered lists and the rationale', () => {
    const { container } = renderAt(
      <QualityMarkerView content={content} />,
      '/quality-markers/qm-01',
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Quality marker 1: Referral',
    );
    expect(container.querySelector('.scrqm-marker-cluster').textContent).toBe(
      'Setting up the review',
    );
    expect(container.querySelector('blockquote').textContent).toBe('the case is referred promptly');
    const questions = Array.from(container.querySelectorAll('ol.scrqm-question-list li'));
    expect(questions.map((li) => li.textContent)).toEqual([
      'Is the rationale clear?',
      'Are delays explained?',
    ]);
    const local = container.querySelector('ol.scrqm-local-questions');
    expect(local.getAttribute('start')).toBe('3');
    expect(local.textContent).toBe('Did the partnership agree?');
    const rationale = container.querySelector('#scrqm-rationale');
    expect(rationale.querySelector('h2').textContent).toBe('Rationale');
    expect(rationale.querySelector('p').textContent).toBe('Why it matters.');
    expect(Array.from(rationale.querySelectorAll('li')).map((li) => li.textContent)).toEqual([
      'because',
      'and because',
    ]);
    expect(container.querySelector('#scrqm-knowledge_base')).toBeNull();
  });
});
