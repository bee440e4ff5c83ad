/**
 * The review's privacy check (QM14), a Volto route (`{review}/privacy-check`) fed by
 * `@scr-privacy`: what the check found in the report and the board response, where, the
 * chair's decisions, and whether it holds back approval and publication. The backend decides
 * who may see it (the review team and the chair) and which register entries they may read.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { acceptPrivacyMatch, getPrivacyCheck } from 'volto-scrqm/actions';
import { reviewPath } from 'volto-scrqm/helpers/routes';

const messages = defineMessages({
  title: { id: 'scrqm-privacy-title', defaultMessage: 'Privacy check' },
  intro: {
    id: 'scrqm-privacy-intro',
    defaultMessage:
      'Every report and board response of the review, in any state, is checked (ids, titles, descriptions, text with image and link attributes, file names and the full text of attached files) for the details in the review’s privacy register and for identifying patterns: full dates, postcodes, NHS numbers, phone numbers, email addresses and street addresses (QM14).',
  },
  blocking: {
    id: 'scrqm-privacy-blocking',
    defaultMessage:
      '{count, plural, one {One unresolved match: the chair’s approval and publication are held back until it is removed from the text or accepted with a reason.} other {# unresolved matches: the chair’s approval and publication are held back until each is removed from the text or accepted with a reason.}}',
  },
  clear: {
    id: 'scrqm-privacy-clear',
    defaultMessage: 'Nothing unresolved: the privacy check does not hold back publication.',
  },
  unreadable: {
    id: 'scrqm-privacy-unreadable',
    defaultMessage: 'Attached files the privacy check cannot read',
  },
  convert: {
    id: 'scrqm-privacy-convert',
    defaultMessage:
      'Convert it to PDF or Word with text, or the chair accepts it with a reason.',
  },
  matches: { id: 'scrqm-privacy-matches', defaultMessage: 'Matches found by the privacy check' },
  where: { id: 'scrqm-privacy-where', defaultMessage: 'Where' },
  what: { id: 'scrqm-privacy-what', defaultMessage: 'What' },
  why: { id: 'scrqm-privacy-why', defaultMessage: 'Why' },
  foundIn: { id: 'scrqm-privacy-found-in', defaultMessage: 'Found in' },
  decision: { id: 'scrqm-privacy-decision', defaultMessage: 'Decision' },
  accepted: { id: 'scrqm-privacy-accepted', defaultMessage: 'Accepted' },
  acceptedBy: { id: 'scrqm-privacy-accepted-by', defaultMessage: '({by}, {when})' },
  unresolved: { id: 'scrqm-privacy-unresolved', defaultMessage: 'Unresolved' },
  entry: { id: 'scrqm-privacy-register-entry', defaultMessage: 'Register entry: {entry}' },
  boardTitle: {
    id: 'scrqm-privacy-board-title',
    defaultMessage: 'Visible to board members',
  },
  boardIntro: {
    id: 'scrqm-privacy-board-intro',
    defaultMessage:
      'Internal text that board members read names someone in the privacy register. It is never published and does not hold back publication; board members see the family record’s neutral label in its place. Correct it where you can.',
  },
  reason: { id: 'scrqm-privacy-reason', defaultMessage: 'Reason it may be published' },
  accept: { id: 'scrqm-privacy-accept', defaultMessage: 'Accept' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

/** The chair's form: the reason a match may be published (required by the backend too). */
const AcceptForm = ({ item, review, intl, sending }) => {
  const dispatch = useDispatch();
  const [reason, setReason] = useState('');
  const id = `scrqm-reason-${item.key}`;
  return (
    <form
      className="scrqm-privacy-accept"
      onSubmit={(event) => {
        event.preventDefault();
        dispatch(acceptPrivacyMatch(review, item.key, reason));
      }}
    >
      <label htmlFor={id}>{intl.formatMessage(messages.reason)}</label>
      <textarea
        id={id}
        rows={2}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
      <button type="submit" className="ui button small" disabled={sending}>
        {intl.formatMessage(messages.accept)}
      </button>
    </form>
  );
};

const Decision = ({ item, intl, accept }) =>
  item.accepted ? (
    <>
      <span className="ui label green">{intl.formatMessage(messages.accepted)}</span>{' '}
      {item.accepted.reason}{' '}
      <small>
        {intl.formatMessage(messages.acceptedBy, {
          by: item.accepted.by,
          when: item.accepted.when,
        })}
      </small>
    </>
  ) : (
    <>
      <span className="ui label orange">{intl.formatMessage(messages.unresolved)}</span>
      {accept && accept(item)}
    </>
  );

const PrivacyCheck = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const review = reviewPath(location.pathname, 'privacy-check');
  const state = useSelector((s) => s.scrPrivacy) || {};
  const sending = useSelector((s) => s.scrPrivacyAccept) || {};
  useEffect(() => {
    dispatch(getPrivacyCheck(review));
  }, [dispatch, review]);
  const data = state.data || {};
  const matches = data.matches || [];
  const unreadable = data.unreadable || [];
  const board = data.board_visible || [];
  const t = (message, values) => intl.formatMessage(message, values);
  const accept = data.may_accept
    ? (item) => (
        <AcceptForm item={item} review={review} intl={intl} sending={sending.loading} />
      )
    : null;
  return (
    <Container id="page-document" className="view-wrapper scrqm-privacy-check">
      <Helmet title={t(messages.title)} />
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      {state.error && (
        <p className="ui negative message" role="alert">
          {state.error}
        </p>
      )}
      {sending.error && (
        <p className="ui negative message scrqm-privacy-refused" role="alert">
          {sending.error}
        </p>
      )}
      {state.loading && <p>{t(messages.loading)}</p>}
      {state.loaded && (
        <>
          <p>{t(messages.intro)}</p>
          {data.blocking ? (
            <p className="ui warning message scrqm-privacy-gate" role="alert">
              {t(messages.blocking, { count: data.unresolved })}
            </p>
          ) : (
            <p className="ui positive message scrqm-privacy-gate">{t(messages.clear)}</p>
          )}
          {unreadable.length > 0 && (
            <table className="ui table scrqm-privacy-unreadable">
              <caption>{t(messages.unreadable)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(messages.where)}</th>
                  <th scope="col">{t(messages.why)}</th>
                  <th scope="col">{t(messages.decision)}</th>
                </tr>
              </thead>
              <tbody>
                {unreadable.map((problem) => (
                  <tr key={problem.key}>
                    <td>
                      {problem.document_title}: {problem.location}
                    </td>
                    <td>
                      {problem.error}. {t(messages.convert)}
                    </td>
                    <td>
                      <Decision item={problem} intl={intl} accept={accept} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {matches.length > 0 && (
            <table className="ui table scrqm-privacy-matches">
              <caption className="visually-hidden">{t(messages.matches)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t(messages.where)}</th>
                  <th scope="col">{t(messages.what)}</th>
                  <th scope="col">{t(messages.foundIn)}</th>
                  <th scope="col">{t(messages.decision)}</th>
                </tr>
              </thead>
              <tbody>
                {matches.map((match) => (
                  <tr key={match.key}>
                    <td>
                      {match.document_title}: {match.location}
                    </td>
                    <td>
                      <strong>{match.text}</strong>
                      <br />
                      <small>{match.kind}</small>
                      {match.identifier && (
                        <>
                          <br />
                          <small>{t(messages.entry, { entry: match.identifier })}</small>
                        </>
                      )}
                    </td>
                    <td>{match.context}</td>
                    <td>
                      <Decision item={match} intl={intl} accept={accept} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {board.length > 0 && (
            <section className="scrqm-privacy-board">
              <h2>{t(messages.boardTitle)}</h2>
              <p>{t(messages.boardIntro)}</p>
              <table className="ui table">
                <thead>
                  <tr>
                    <th scope="col">{t(messages.where)}</th>
                    <th scope="col">{t(messages.what)}</th>
                    <th scope="col">{t(messages.foundIn)}</th>
                  </tr>
                </thead>
                <tbody>
                  {board.map((match, index) => (
                    <tr key={`${match.url}-${index}`}>
                      <td>
                        <Link to={flattenToAppURL(match.url)}>{match.document_title}</Link>:{' '}
                        {match.location}
                      </td>
                      <td>
                        <strong>{match.text}</strong>
                      </td>
                      <td>{match.context}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
        </>
      )}
    </Container>
  );
};

export default PrivacyCheck;
