/**
 * The review's self-assessment by cluster (route `…/assessment-overview`, from
 * `@scr-assessment-overview`): the count of each judgement, the rounds, the 18 markers in
 * their 3 clusters with their latest judgement, links to each marker's page and to the
 * comparison of rounds, and the report downloads.
 */
import React, { useEffect } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { defineMessages, useIntl } from 'react-intl';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { getAssessmentOverview } from 'volto-scrqm/actions';
import { basePath, comparePath, markerPath } from 'volto-scrqm/helpers/assessment';
import { formatDate } from 'volto-scrqm/helpers/values';
import Judgement from 'volto-scrqm/components/assessment/Judgement';
import ReportDownloads from 'volto-scrqm/components/assessment/ReportDownloads';

const messages = defineMessages({
  title: { id: 'scrqm-assessment-title', defaultMessage: 'Self-assessment: {review}' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
  summary: { id: 'scrqm-assessment-summary', defaultMessage: 'Latest judgements' },
  rounds: { id: 'scrqm-assessment-rounds', defaultMessage: 'Rounds' },
  noRounds: { id: 'scrqm-assessment-no-rounds', defaultMessage: 'This review has no assessment round yet.' },
  round: { id: 'scrqm-assessment-round', defaultMessage: 'Round' },
  date: { id: 'scrqm-assessment-date', defaultMessage: 'Date' },
  markers: { id: 'scrqm-assessment-markers', defaultMessage: 'Markers' },
  answered: { id: 'scrqm-assessment-answered', defaultMessage: '{answered} of {total} answered' },
  marker: { id: 'scrqm-assessment-marker', defaultMessage: 'Marker' },
  judgement: { id: 'scrqm-assessment-judgement', defaultMessage: 'Judgement' },
  from: { id: 'scrqm-assessment-from', defaultMessage: 'From' },
  questions: { id: 'scrqm-assessment-questions', defaultMessage: 'Questions' },
  compare: { id: 'scrqm-assessment-compare-link', defaultMessage: 'Compare the rounds' },
  back: { id: 'scrqm-assessment-back-review', defaultMessage: 'Back to the review' },
});

const AssessmentOverview = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const review = basePath(useLocation().pathname, 'assessment-overview');
  const state = useSelector((s) => s.scrAssessmentOverview) || {};
  const data = state.data;
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  useEffect(() => {
    dispatch(getAssessmentOverview(review));
  }, [dispatch, review]);
  const fresh = data && data['@id']?.endsWith(`${review}/@scr-assessment-overview`);
  return (
    <Container id="page-document" className="view-wrapper scrqm-assessment-overview">
      <Helmet title={fresh ? intl.formatMessage(messages.title, { review: data.review.title }) : intl.formatMessage(messages.loading)} />
      {state.error && (
        <p role="alert" className="scrqm-error">
          {state.error}
        </p>
      )}
      {!fresh && !state.error && <p>{intl.formatMessage(messages.loading)}</p>}
      {fresh && (
        <>
          <h1 className="documentFirstHeading">
            {intl.formatMessage(messages.title, { review: data.review.title })}
          </h1>
          <p>
            <Link to={review}>{intl.formatMessage(messages.back)}</Link>
            {data.rounds.length > 1 && (
              <>
                {' · '}
                <Link to={comparePath(review)} className="scrqm-compare-link">
                  {intl.formatMessage(messages.compare)}
                </Link>
              </>
            )}
          </p>
          <section aria-labelledby="scrqm-summary-heading">
            <h2 id="scrqm-summary-heading">{intl.formatMessage(messages.summary)}</h2>
            <ul className="scrqm-assessment-summary">
              {data.summary.map((row) => (
                <li key={row.token} className={`scrqm-summary-${row.token}`}>
                  <Judgement judgement={row} />: {row.count}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="scrqm-rounds-heading">
            <h2 id="scrqm-rounds-heading">{intl.formatMessage(messages.rounds)}</h2>
            {data.rounds.length === 0 ? (
              <p>{intl.formatMessage(messages.noRounds)}</p>
            ) : (
              <table className="ui table scrqm-rounds">
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(messages.round)}</th>
                    <th scope="col">{intl.formatMessage(messages.date)}</th>
                    <th scope="col">{intl.formatMessage(messages.markers)}</th>
                    <th scope="col">{intl.formatMessage(messages.questions)}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rounds.map((round) => (
                    <tr key={round.id}>
                      <th scope="row">{round.stage_title}</th>
                      <td>{round.date ? formatDate(round.date, locale) : ''}</td>
                      <td>{round.marker_count}</td>
                      <td>
                        {intl.formatMessage(messages.answered, {
                          answered: round.answered,
                          total: round.total,
                        })}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {data.clusters.map((cluster) => (
            <section
              key={cluster.id}
              className="scrqm-cluster"
              aria-labelledby={`scrqm-cluster-${cluster.id}`}
            >
              <h2 id={`scrqm-cluster-${cluster.id}`}>{cluster.title}</h2>
              <table className="ui table scrqm-cluster-markers">
                <thead>
                  <tr>
                    <th scope="col">{intl.formatMessage(messages.marker)}</th>
                    <th scope="col">{intl.formatMessage(messages.judgement)}</th>
                    <th scope="col">{intl.formatMessage(messages.from)}</th>
                    <th scope="col">{intl.formatMessage(messages.questions)}</th>
                  </tr>
                </thead>
                <tbody>
                  {cluster.markers.map((marker) => (
                    <tr key={marker.number} className="scrqm-marker-row">
                      <th scope="row">
                        <Link to={markerPath(review, marker.number)}>
                          QM {marker.number}: {marker.title}
                        </Link>
                      </th>
                      <td>
                        <Judgement judgement={marker.judgement} />
                      </td>
                      <td>{marker.round ? marker.round.title : ''}</td>
                      <td>
                        {marker.total
                          ? intl.formatMessage(messages.answered, {
                              answered: marker.answered,
                              total: marker.total,
                            })
                          : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
          {data.rounds.length > 0 && (
            <ReportDownloads review={review} round={data.rounds[data.rounds.length - 1]} />
          )}
        </>
      )}
    </Container>
  );
};

export default AssessmentOverview;
