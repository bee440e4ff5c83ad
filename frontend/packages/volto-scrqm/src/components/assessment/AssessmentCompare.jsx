/**
 * Assessment rounds side by side (route `…/assessment-compare?rounds=<id>&rounds=<id>`,
 * from `@scr-assessment-compare`), as the classic comparison: each marker's judgement and
 * answered questions in each round, and what changed from one round to the next (the
 * judgement, the answers). The rounds to compare are chosen with check boxes.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { Container } from 'semantic-ui-react';
import { defineMessages, useIntl } from 'react-intl';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { getAssessmentCompare } from 'volto-scrqm/actions';
import {
  basePath,
  comparePath,
  markerPath,
  overviewPath,
} from 'volto-scrqm/helpers/assessment';
import { formatDate } from 'volto-scrqm/helpers/values';
import Judgement from 'volto-scrqm/components/assessment/Judgement';

const messages = defineMessages({
  title: { id: 'scrqm-compare-title', defaultMessage: 'Compare assessment rounds: {review}' },
  lead: {
    id: 'scrqm-compare-lead',
    defaultMessage: "Each marker's judgement in each round, and what changed from one round to the next.",
  },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
  choose: { id: 'scrqm-compare-choose', defaultMessage: 'Rounds to compare' },
  apply: { id: 'scrqm-compare-apply', defaultMessage: 'Compare' },
  caption: { id: 'scrqm-compare-caption', defaultMessage: 'Judgements by marker and round' },
  marker: { id: 'scrqm-assessment-marker', defaultMessage: 'Marker' },
  changed: { id: 'scrqm-compare-changed', defaultMessage: 'What changed' },
  noChange: { id: 'scrqm-compare-no-change', defaultMessage: 'No change' },
  notInRound: { id: 'scrqm-compare-not-in-round', defaultMessage: 'not in this round' },
  answered: { id: 'scrqm-assessment-answered', defaultMessage: '{answered} of {total} answered' },
  judgement: { id: 'scrqm-compare-judgement', defaultMessage: 'Judgement:' },
  noRounds: { id: 'scrqm-assessment-no-rounds', defaultMessage: 'This review has no assessment round yet.' },
  overview: { id: 'scrqm-assessment-back-overview', defaultMessage: 'Back to the assessment overview' },
});

const AssessmentCompare = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const review = basePath(location.pathname, 'assessment-compare');
  const wanted = new URLSearchParams(location.search).getAll('rounds');
  const wantedKey = wanted.join('|');
  const state = useSelector((s) => s.scrAssessmentCompare) || {};
  const data = state.data;
  const locale = intl.locale === 'cy' ? 'cy' : 'en-GB';
  const [chosen, setChosen] = useState(wanted);
  useEffect(() => {
    dispatch(getAssessmentCompare(review, wantedKey ? wantedKey.split('|') : []));
    setChosen(wantedKey ? wantedKey.split('|') : []);
  }, [dispatch, review, wantedKey]);
  const fresh = data && data['@id']?.endsWith(`${review}/@scr-assessment-compare`);
  const toggle = (id) =>
    setChosen((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    );
  const submit = (event) => {
    event.preventDefault();
    history.push(comparePath(review, chosen));
  };
  return (
    <Container id="page-document" className="view-wrapper scrqm-assessment-compare">
      <Helmet title={fresh ? intl.formatMessage(messages.title, { review: data.review.title }) : intl.formatMessage(messages.loading)} />
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
            {intl.formatMessage(messages.title, { review: data.review.title })}
          </h1>
          <p className="documentDescription">{intl.formatMessage(messages.lead)}</p>
          {data.all_rounds.length === 0 && <p>{intl.formatMessage(messages.noRounds)}</p>}
          {data.all_rounds.length > 1 && (
            <form className="scrqm-compare-choose" onSubmit={submit}>
              <fieldset>
                <legend>{intl.formatMessage(messages.choose)}</legend>
                {data.all_rounds.map((round) => (
                  <div key={round.id}>
                    <input
                      type="checkbox"
                      id={`scrqm-compare-${round.id}`}
                      checked={chosen.length === 0 || chosen.includes(round.id)}
                      onChange={() =>
                        chosen.length === 0
                          ? setChosen(
                              data.all_rounds.map((r) => r.id).filter((x) => x !== round.id),
                            )
                          : toggle(round.id)
                      }
                    />{' '}
                    <label htmlFor={`scrqm-compare-${round.id}`}>{round.title}</label>
                  </div>
                ))}
              </fieldset>
              <button type="submit" className="ui button">
                {intl.formatMessage(messages.apply)}
              </button>
            </form>
          )}
          {data.columns.length > 0 && (
            <table className="ui table scrqm-compare">
              <caption className="visually-hidden">{intl.formatMessage(messages.caption)}</caption>
              <thead>
                <tr>
                  <th scope="col">{intl.formatMessage(messages.marker)}</th>
                  {data.columns.map((column) => (
                    <th scope="col" key={column.id}>
                      {column.stage_title}
                      <br />
                      <small>{column.date ? formatDate(column.date, locale) : ''}</small>
                    </th>
                  ))}
                  <th scope="col">{intl.formatMessage(messages.changed)}</th>
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.number} className={row.changed ? 'scrqm-changed' : undefined}>
                    <th scope="row">
                      <Link to={markerPath(review, row.number)}>
                        QM {row.number}: {row.title}
                      </Link>
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={data.columns[index].id}>
                        {cell ? (
                          <>
                            <Judgement judgement={cell.judgement} />
                            <br />
                            <small>
                              {intl.formatMessage(messages.answered, {
                                answered: cell.answered,
                                total: cell.total,
                              })}
                            </small>
                          </>
                        ) : (
                          <small>{intl.formatMessage(messages.notInRound)}</small>
                        )}
                      </td>
                    ))}
                    <td>
                      {row.changes.length === 0 ? (
                        <small>{intl.formatMessage(messages.noChange)}</small>
                      ) : (
                        <ul className="scrqm-changes">
                          {row.changes.map((change, index) => (
                            <li key={index}>
                              <strong>
                                {change.from} → {change.to}
                              </strong>
                              {change.judgement && (
                                <div className="scrqm-change-judgement">
                                  {intl.formatMessage(messages.judgement)}{' '}
                                  <Judgement judgement={change.judgement[0]} /> →{' '}
                                  <Judgement judgement={change.judgement[1]} />
                                </div>
                              )}
                              {change.answers.length > 0 && (
                                <ul className="scrqm-change-answers">
                                  {change.answers.map((answer) => (
                                    <li key={answer.number}>
                                      Q{answer.number}: {answer.old} → <strong>{answer.new}</strong>
                                    </li>
                                  ))}
                                </ul>
                              )}
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </Container>
  );
};

export default AssessmentCompare;
