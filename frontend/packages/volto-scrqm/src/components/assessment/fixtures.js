/** Answers of the assessment services, as the backend gives them, for the tests. */
export const REVIEW = '/reviews/child-a';
export const API = 'http://localhost:8080/Plone';

const j = (token) =>
  ({
    met: { token: 'met', title: 'Met', symbol: '✓' },
    'partly-met': { token: 'partly-met', title: 'Partly met', symbol: '◐' },
    'not-met': { token: 'not-met', title: 'Not met', symbol: '✗' },
    'not-assessed': { token: 'not-assessed', title: 'Not assessed', symbol: '–' },
  })[token];

const beginning = {
  '@id': `${API}${REVIEW}/beginning`,
  id: 'beginning',
  title: 'Beginning of the review, 2026-03-03',
  stage: 'beginning',
  stage_title: 'Beginning of the review',
  date: '2026-03-03',
};
const progress = {
  '@id': `${API}${REVIEW}/progress`,
  id: 'progress',
  title: 'During the review, 2026-06-01',
  stage: 'progress',
  stage_title: 'During the review',
  date: '2026-06-01',
};

export const overview = {
  '@id': `${API}${REVIEW}/@scr-assessment-overview`,
  review: { '@id': `${API}${REVIEW}`, title: 'Child A' },
  rounds: [
    { ...beginning, marker_count: 18, answered: 20, total: 60 },
    { ...progress, marker_count: 2, answered: 3, total: 7 },
  ],
  summary: [
    { ...j('met'), count: 3 },
    { ...j('partly-met'), count: 1 },
    { ...j('not-met'), count: 0 },
    { ...j('not-assessed'), count: 14 },
  ],
  clusters: [
    {
      id: 'foundations',
      title: 'Foundations',
      markers: [
        { number: 1, title: 'Referral', judgement: j('met'), round: beginning, answered: 3, total: 3, outstanding: 0 },
        { number: 4, title: 'Informing the family', judgement: j('partly-met'), round: progress, answered: 2, total: 4, outstanding: 2 },
      ],
    },
    {
      id: 'review',
      title: 'The review',
      markers: [
        { number: 7, title: 'Review team', judgement: j('not-assessed'), round: null, answered: 0, total: 0, outstanding: 0 },
      ],
    },
    { id: 'results', title: 'Results', markers: [] },
  ],
  can_add_round: true,
};

export const marker = {
  '@id': `${API}${REVIEW}/@scr-assessment-marker?marker=4`,
  review: { '@id': `${API}${REVIEW}`, title: 'Child A' },
  marker: {
    number: 4,
    title: 'Informing the family',
    statement: 'The family is told about the review.',
    rationale: ['Families have a right to know.', 'It helps learning.'],
    cluster: 'Foundations',
    '@id': null,
  },
  history: [
    {
      '@id': `${API}${REVIEW}/progress/qm-04`,
      round: progress,
      judgement: j('met'),
      answered: 2,
      total: 2,
      commentary: 'Meeting held.',
      next_steps: '',
      next_steps_by: '',
      assessor: 'Review panel',
      assessed_on: '2026-06-02',
      can_edit: true,
      answers: [
        { number: 1, question: 'Was the family told?', local: false, answer: 'yes', answer_title: 'Yes', evidence: 'Letter sent.' },
        { number: 2, question: 'Local: was an interpreter offered?', local: true, answer: 'partly', answer_title: 'Partly', evidence: '' },
      ],
    },
    {
      '@id': `${API}${REVIEW}/beginning/qm-04`,
      round: beginning,
      judgement: j('partly-met'),
      answered: 1,
      total: 2,
      commentary: '',
      next_steps: 'Offer a meeting',
      next_steps_by: 'Lead reviewer',
      assessor: '',
      assessed_on: null,
      can_edit: false,
      answers: [
        { number: 1, question: 'Was the family told?', local: false, answer: 'partly', answer_title: 'Partly', evidence: 'Draft letter.' },
        { number: 2, question: 'Local: was an interpreter offered?', local: true, answer: null, answer_title: 'Not answered', evidence: '' },
      ],
    },
  ],
  previous: 3,
  next: 5,
};

export const compare = {
  '@id': `${API}${REVIEW}/@scr-assessment-compare`,
  review: { '@id': `${API}${REVIEW}`, title: 'Child A' },
  all_rounds: [beginning, progress],
  columns: [beginning, progress],
  rows: [
    {
      number: 1,
      title: 'Referral',
      cells: [{ round: 'beginning', judgement: j('met'), answered: 3, total: 3 }, null],
      changed: false,
      judgement_changed: false,
      changes: [],
    },
    {
      number: 4,
      title: 'Informing the family',
      cells: [
        { round: 'beginning', judgement: j('partly-met'), answered: 1, total: 2 },
        { round: 'progress', judgement: j('met'), answered: 2, total: 2 },
      ],
      changed: true,
      judgement_changed: true,
      changes: [
        {
          from: beginning.title,
          to: progress.title,
          judgement: [j('partly-met'), j('met')],
          answers: [{ number: 1, question: 'Was the family told?', old: 'Partly', new: 'Yes' }],
        },
      ],
    },
  ],
};

export const assess = {
  '@id': `${API}${REVIEW}/beginning/qm-04/@scr-assess`,
  review: { '@id': `${API}${REVIEW}`, title: 'Child A' },
  round: { '@id': `${API}${REVIEW}/beginning`, id: 'beginning', title: beginning.title, stage_title: 'Beginning of the review' },
  marker_number: 4,
  marker_title: 'Informing the family',
  title: 'QM 4: Informing the family',
  answered: 1,
  total: 2,
  answer_choices: [
    { token: 'yes', title: 'Yes' },
    { token: 'partly', title: 'Partly' },
    { token: 'no', title: 'No' },
    { token: 'not-yet', title: 'Not yet' },
    { token: 'not-applicable', title: 'Not applicable' },
  ],
  judgement_choices: ['met', 'partly-met', 'not-met', 'not-assessed'].map(j),
  questions: [
    { number: 1, question: 'Was the family told?', local: false, answer: 'partly', evidence: 'Draft letter.', related: [{ uid: 'u1', title: 'Letter to the family' }] },
    { number: 2, question: 'Local: was an interpreter offered?', local: true, answer: null, evidence: '', related: [] },
  ],
  judgement: 'partly-met',
  commentary: '',
  next_steps: 'Offer a meeting',
  next_steps_by: 'Lead reviewer',
  assessor: '',
  assessed_on: null,
};
