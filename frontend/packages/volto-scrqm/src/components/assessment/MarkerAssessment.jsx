/**
 * One marker within a review (route `…/marker-assessment?marker=N`, from
 * `@scr-assessment-marker`): its statement and rationale, then its assessment in each
 * round, latest first (the judgement's changes over the rounds), with each question's
 * answer and evidence, and a link to the editor where the user may edit.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { defineMessages, useIntl } from 'react-intl';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getAssessmentMarker } from 'volto-scrqm/actions';
import {
  assessPath,
  basePath,
  markerPath,
  overviewPath,
} from 'volto-scrqm/helpers/assessment';
import { formatDate } from 'volto-scrqm/helpers/values';
import Judgement from 'volto-scrqm/components/assessment/Judgement';

const messages = defineMessages({
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
  history: { id: 'scrqm-marker-history', defaultMessage: 'Assessments, latest first' },
  none: { id: 'scrqm-marker-none', defaultMessage: 'No round has assessed this marker yet.' },
  rationale: { id: 'scrqm-marker-rationale', defaultMessage: 'Rationale' },
  answered: { id: 'scrqm-assessment-answered', defaultMessage: '{answered} of {total} answered' },
  question: { id: 'scrqm-assess-question', defaultMessage: 'Question' },
  answer: { id: 'scrqm-assess-answer', defaultMessage: 'Answer' },
  evidence: { id: 'scrqm-assess-evidence', defaultMessage: 'Evidence' },
  local: { id: 'scrqm-assess-local', defaultMessage: 'local question' },
  commentary: { id: 'scrqm-assess-commentary', defaultMessage: 'Commentary' },
  nextSteps: { id: 'scrqm-assess-next-steps', defaultMessage: 'What will be done next' },
  nextStepsBy: { id: 'scrqm-assess-next-steps-by', defaultMessage: 'By whom' },
  assessor: { id: 'scrqm-assess-assessor', defaultMessage: 'Assessed by' },
  assessedOn: { id: 'scrqm-assess-assessed-on', defaultMessage: 'Date assessed' },
  edit: { id: 'scrqm-marker-edit', defaultMessage: 'Answer the questions of this round' },
  previous: { id: 'scrqm-marker-previous', defaultMessage: 'Previous marker (QM {number})' },
  next: { id: 'scrqm-marker-next', defaultMessage: 'Next marker (QM {number})' },
  overview: { id: 'scrqm-assessment-back-overview', defaultMessage: 'Back to the assessment overview' },
});

const Notes = ({ entry, intl, locale }) => {
  const notes = [
    ['commentary', entry.commentary],
    ['nextSteps', entry.next_steps],
    ['nextStepsBy', entry.next_steps_by],
    ['assessor', entry.assessor],
    ['assessedOn', entry.assessed_on ? formatDate(entry.assessed_on, locale) : ''],
  ].filter(([, value]) => value);
  if (!notes.length) return null;
  return (
    <dl className="scrqm-assessment-notes">
      {notes.map(([key, value]) => (
        <React.Fragment key={key}>
          <dt>{intl.formatMessage(messages[key])}</dt>
          <dd>{value}</dd>
        </React.Fragment>
      ))}
    </dl>
  );
};

const MarkerAssessment = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const review = basePath(location.pathname, 'marker-assessment');
  const marker = new URLSearchParams(location.search).get('marker') || '';
  const state = useSelector((s) => s.scrAssessmentMarker) || {};
  const data = state.data;
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  useEffect(() => {
    dispatch(getAssessmentMarker(review, marker));
  }, [dispatch, review, marker]);
  const fresh =
    data && data['@id']?.endsWith(`${review}/@scr-assessment-marker?marker=${marker}`);
  return (
    <Container id="page-document" className="view-wrapper scrqm-marker-assessment">
      <Helmet title={fresh ? `QM ${data.marker.number}: ${data.marker.title}` : intl.formatMessage(messages.loading)} />
      <p>
        <Link to={overviewPath(review)}>{intl.formatMessage(messages.overview)}</Link>
      </p>
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {!fresh && !state.error && <p>{intl.formatMessage(messages.loading)}</p>}
      {fresh && (
        <>
          <h1 className="documentFirstHeading">
            QM {data.marker.number}: {data.marker.title}
          </h1>
          <p className="scrqm-marker-cluster">{data.marker.cluster}</p>
          <p className="documentDescription scrqm-marker-statement">{data.marker.statement}</p>
          {data.marker.rationale.length > 0 && (
            <details className="scrqm-marker-rationale">
              <summary>{intl.formatMessage(messages.rationale)}</summary>
              {data.marker.rationale.map((block, index) => (
                <p key={index}>{block}</p>
              ))}
            </details>
          )}
          <h2>{intl.formatMessage(messages.history)}</h2>
          {data.history.length === 0 && <p>{intl.formatMessage(messages.none)}</p>}
          {data.history.map((entry) => (
            <section
              key={entry.round.id}
              id={entry.round.id}
              className="scrqm-marker-round"
              aria-labelledby={`scrqm-round-${entry.round.id}`}
            >
              <h3 id={`scrqm-round-${entry.round.id}`}>
                {entry.round.stage_title}
                {entry.round.date ? `, ${formatDate(entry.round.date, locale)}` : ''}
              </h3>
              <p>
                <Judgement judgement={entry.judgement} />{' '}
                {intl.formatMessage(messages.answered, {
                  answered: entry.answered,
                  total: entry.total,
                })}
                {entry.can_edit && (
                  <>
                    {' · '}
                    <Link
                      className="scrqm-assess-link"
                      to={assessPath(flattenToAppURL(entry['@id']))}
                    >
                      {intl.formatMessage(messages.edit)}
                    </Link>
                  </>
                )}
              </p>
              <table className="ui table scrqm-marker-answers">
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(messages.question)}</th>
                    <th scope="col">{intl.formatMessage(messages.answer)}</th>
                    <th scope="col">{intl.formatMessage(messages.evidence)}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.answers.map((row) => (
                    <tr key={row.number}>
                      <th scope="row">
                        {row.number}. {row.question}
                        {row.local && <em> ({intl.formatMessage(messages.local)})</em>}
                      </th>
                      <td>{row.answer_title}</td>
                      <td>{row.evidence}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <Notes entry={entry} intl={intl} locale={locale} />
            </section>
          ))}
          <nav className="scrqm-marker-neighbours">
            {data.previous && (
              <Link to={markerPath(review, data.previous)} rel="prev">
                {intl.formatMessage(messages.previous, { number: data.previous })}
              </Link>
            )}
            {data.previous && data.next && ' · '}
            {data.next && (
              <Link to={markerPath(review, data.next)} rel="next">
                {intl.formatMessage(messages.next, { number: data.next })}
              </Link>
            )}
          </nav>
        </>
      )}
    </Container>
  );
};

export default MarkerAssessment;
