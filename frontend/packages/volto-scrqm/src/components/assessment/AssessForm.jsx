/**
 * The one-form-per-marker editor (route `…/<assessment>/assess`, fed by `@scr-assess`):
 * for each question its answer (radio buttons) and evidence, then the overall judgement
 * and the notes. The marker is fixed: shown, never a field. Saving sends everything in one
 * PATCH; a refusal (400) is shown at each field it names and the form keeps what was
 * typed. Items already linked to a question are listed and kept.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { defineMessages, useIntl } from 'react-intl';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getAssess, saveAssess } from 'volto-scrqm/actions';
import { basePath, markerPath } from 'volto-scrqm/helpers/assessment';

const messages = defineMessages({
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
  round: { id: 'scrqm-assess-round', defaultMessage: 'Round: {round}' },
  fixed: {
    id: 'scrqm-assess-fixed',
    defaultMessage: 'Quality marker {number} (fixed: the questions are this marker’s)',
  },
  answered: { id: 'scrqm-assessment-answered', defaultMessage: '{answered} of {total} answered' },
  question: { id: 'scrqm-assess-question-n', defaultMessage: 'Question {number}' },
  local: { id: 'scrqm-assess-local', defaultMessage: 'local question' },
  answer: { id: 'scrqm-assess-answer', defaultMessage: 'Answer' },
  notAnswered: { id: 'scrqm-assess-not-answered', defaultMessage: 'Not answered' },
  evidence: { id: 'scrqm-assess-evidence', defaultMessage: 'Evidence' },
  related: { id: 'scrqm-assess-related', defaultMessage: 'Linked items of the review' },
  judgement: { id: 'scrqm-assess-judgement', defaultMessage: 'Overall judgement' },
  commentary: { id: 'scrqm-assess-commentary', defaultMessage: 'Commentary' },
  nextSteps: { id: 'scrqm-assess-next-steps', defaultMessage: 'What will be done next' },
  nextStepsBy: { id: 'scrqm-assess-next-steps-by', defaultMessage: 'By whom' },
  assessor: { id: 'scrqm-assess-assessor', defaultMessage: 'Assessed by' },
  assessedOn: { id: 'scrqm-assess-assessed-on', defaultMessage: 'Date assessed' },
  save: { id: 'scrqm-assess-save', defaultMessage: 'Save' },
  saving: { id: 'scrqm-assess-saving', defaultMessage: 'Saving…' },
  cancel: { id: 'scrqm-assess-cancel', defaultMessage: 'Cancel' },
  refused: {
    id: 'scrqm-assess-refused',
    defaultMessage: 'Nothing was saved. Correct what is shown below and save again.',
  },
});

// Radio buttons with their labels, spaced so each choice reads as one.
const CHOICE_STYLE = { display: 'inline-block', marginRight: '1.25em' };

const NOTES = [
  ['commentary', 'commentary', 'textarea'],
  ['next_steps', 'nextSteps', 'textarea'],
  ['next_steps_by', 'nextStepsBy', 'text'],
  ['assessor', 'assessor', 'text'],
  ['assessed_on', 'assessedOn', 'date'],
];

/** The form's values from the service's answer. */
export function valuesOf(data) {
  const values = { answers: {}, judgement: data.judgement };
  data.questions.forEach((q) => {
    values.answers[q.number] = { answer: q.answer || '', evidence: q.evidence || '' };
  });
  NOTES.forEach(([name]) => {
    values[name] = data[name] || '';
  });
  return values;
}

/** The PATCH body: every question's answer and evidence, the judgement and the notes. */
export function payloadOf(values) {
  const payload = {
    answers: Object.entries(values.answers).map(([number, row]) => ({
      number: Number(number),
      answer: row.answer || null,
      evidence: row.evidence,
    })),
    judgement: values.judgement,
  };
  NOTES.forEach(([name]) => {
    payload[name] = values[name] || null;
  });
  return payload;
}

const FieldError = ({ id, errors }) =>
  errors.length ? (
    <p id={id} className="scrqm-field-error ui pointing red basic label" role="alert">
      {errors.map((e) => e.message).join(' ')}
    </p>
  ) : null;

const AssessForm = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const assessment = basePath(useLocation().pathname, 'assess');
  const state = useSelector((s) => s.scrAssess) || {};
  const save = useSelector((s) => s.scrAssessSave) || {};
  const data = state.data;
  const fresh = data && data['@id']?.endsWith(`${assessment}/@scr-assess`);
  const [values, setValues] = useState(null);
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => {
    dispatch(getAssess(assessment));
  }, [dispatch, assessment]);
  useEffect(() => {
    if (fresh) setValues(valuesOf(data));
  }, [fresh, data]);
  const review = fresh ? flattenToAppURL(data.review['@id']) : '';
  useEffect(() => {
    if (submitted && save.saved && save.data && fresh) {
      history.push(`${markerPath(review, save.data.marker_number)}#${save.data.round.id}`);
    }
  }, [submitted, save.saved, save.data, fresh, history, review]);
  const errors = save.errors || [];
  const errorsOf = (field) => errors.filter((e) => e.field === field);
  const general = errors.filter(
    (e) => !/^(answer|evidence|related)-\d+$/.test(e.field) &&
      !['judgement', ...NOTES.map(([name]) => name)].includes(e.field),
  );
  const setAnswer = (number, key, value) =>
    setValues((v) => ({
      ...v,
      answers: { ...v.answers, [number]: { ...v.answers[number], [key]: value } },
    }));
  const submit = (event) => {
    event.preventDefault();
    setSubmitted(true);
    dispatch(saveAssess(assessment, payloadOf(values)));
  };
  const described = (field) => (errorsOf(field).length ? `${field}-error` : undefined);
  return (
    <Container id="page-document" className="view-wrapper scrqm-assess">
      <Helmet title={fresh ? data.title : intl.formatMessage(messages.loading)} />
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {(!fresh || !values) && !state.error && <p>{intl.formatMessage(messages.loading)}</p>}
      {fresh && values && (
        <form onSubmit={submit} className="ui form" noValidate>
          <h1 className="documentFirstHeading">{data.title}</h1>
          <p className="scrqm-assess-marker">
            {intl.formatMessage(messages.fixed, { number: data.marker_number })}
            {' · '}
            {intl.formatMessage(messages.round, { round: data.round.title })}
            {' · '}
            {intl.formatMessage(messages.answered, { answered: data.answered, total: data.total })}
          </p>
          {errors.length > 0 && (
            <div className="ui negative message scrqm-assess-refused" role="alert">
              <p>{intl.formatMessage(messages.refused)}</p>
              {general.map((e, index) => (
                <p key={index} className="scrqm-general-error">
                  {e.message}
                </p>
              ))}
            </div>
          )}
          {data.questions.map((q) => {
            const row = values.answers[q.number];
            const answerField = `answer-${q.number}`;
            const evidenceField = `evidence-${q.number}`;
            return (
              <fieldset key={q.number} className="scrqm-question" id={`question-${q.number}`}>
                <legend>
                  {intl.formatMessage(messages.question, { number: q.number })}: {q.question}
                  {q.local && <em> ({intl.formatMessage(messages.local)})</em>}
                </legend>
                <div
                  role="radiogroup"
                  aria-label={intl.formatMessage(messages.answer)}
                  aria-describedby={described(answerField)}
                  className="scrqm-answer-choices"
                >
                  {[...data.answer_choices, { token: '', title: intl.formatMessage(messages.notAnswered) }].map(
                    (choice) => (
                      <span key={choice.token || 'none'} className="scrqm-choice" style={CHOICE_STYLE}>
                        <input
                          type="radio"
                          id={`${answerField}-${choice.token || 'none'}`}
                          name={answerField}
                          value={choice.token}
                          checked={row.answer === choice.token}
                          onChange={() => setAnswer(q.number, 'answer', choice.token)}
                        />{' '}
                        <label htmlFor={`${answerField}-${choice.token || 'none'}`}>
                          {choice.title}
                        </label>{' '}
                      </span>
                    ),
                  )}
                </div>
                <FieldError id={`${answerField}-error`} errors={errorsOf(answerField)} />
                <div className="field">
                  <label htmlFor={evidenceField}>{intl.formatMessage(messages.evidence)}</label>
                  <textarea
                    id={evidenceField}
                    name={evidenceField}
                    rows={3}
                    value={row.evidence}
                    aria-describedby={described(evidenceField)}
                    aria-invalid={errorsOf(evidenceField).length > 0 || undefined}
                    onChange={(event) => setAnswer(q.number, 'evidence', event.target.value)}
                  />
                  <FieldError id={`${evidenceField}-error`} errors={errorsOf(evidenceField)} />
                </div>
                {q.related.length > 0 && (
                  <div className="scrqm-related">
                    {intl.formatMessage(messages.related)}:
                    <ul>
                      {q.related.map((item) => (
                        <li key={item.uid}>{item.title}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <FieldError
                  id={`related-${q.number}-error`}
                  errors={errorsOf(`related-${q.number}`)}
                />
              </fieldset>
            );
          })}
          <fieldset className="scrqm-judgement-field" aria-describedby={described('judgement')}>
            <legend>{intl.formatMessage(messages.judgement)}</legend>
            {data.judgement_choices.map((choice) => (
              <span key={choice.token} className="scrqm-choice" style={CHOICE_STYLE}>
                <input
                  type="radio"
                  id={`judgement-${choice.token}`}
                  name="judgement"
                  value={choice.token}
                  checked={values.judgement === choice.token}
                  onChange={() => setValues((v) => ({ ...v, judgement: choice.token }))}
                />{' '}
                <label htmlFor={`judgement-${choice.token}`}>
                  <span aria-hidden="true">{choice.symbol}</span> {choice.title}
                </label>{' '}
              </span>
            ))}
            <FieldError id="judgement-error" errors={errorsOf('judgement')} />
          </fieldset>
          {NOTES.map(([name, label, kind]) => (
            <div className="field" key={name}>
              <label htmlFor={name}>{intl.formatMessage(messages[label])}</label>
              {kind === 'textarea' ? (
                <textarea
                  id={name}
                  name={name}
                  rows={3}
                  value={values[name]}
                  aria-describedby={described(name)}
                  aria-invalid={errorsOf(name).length > 0 || undefined}
                  onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
                />
              ) : (
                <input
                  type={kind}
                  id={name}
                  name={name}
                  value={values[name]}
                  aria-describedby={described(name)}
                  aria-invalid={errorsOf(name).length > 0 || undefined}
                  onChange={(event) => setValues((v) => ({ ...v, [name]: event.target.value }))}
                />
              )}
              <FieldError id={`${name}-error`} errors={errorsOf(name)} />
            </div>
          ))}
          <button type="submit" className="ui primary button" disabled={save.saving}>
            {intl.formatMessage(save.saving ? messages.saving : messages.save)}
          </button>{' '}
          <Link to={markerPath(review, data.marker_number)} className="ui button">
            {intl.formatMessage(messages.cancel)}
          </Link>
        </form>
      )}
    </Container>
  );
};

export default AssessForm;
