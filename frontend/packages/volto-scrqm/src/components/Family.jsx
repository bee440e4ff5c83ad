/**
 * The review's family, a Volto route (`{review}/family`) fed by `@scr-family`: the family
 * members (by their neutral label, never a name), the letters to write to each in their
 * language, the contact log, the family's questions and comments and their account. Private
 * to the review team: the backend refuses everybody else.
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { Link, useHistory, useLocation } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { Helmet } from '@plone/volto/helpers/Helmet/Helmet';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getFamily, letterQuery } from 'volto-scrqm/actions';
import { reviewPath } from 'volto-scrqm/helpers/routes';

const messages = defineMessages({
  title: { id: 'scrqm-family-title', defaultMessage: 'The family' },
  private: {
    id: 'scrqm-family-private',
    defaultMessage:
      'Private to the review team. Family members are told what the review is for, how it works and its limits (QM4); their knowledge informs the review, and any decision not to involve them is reasoned and recorded (QM12); they see the report before it is published, with support (QM17).',
  },
  none: { id: 'scrqm-family-none', defaultMessage: 'No family member has been recorded yet.' },
  member: { id: 'scrqm-family-member', defaultMessage: 'Family member' },
  relationship: { id: 'scrqm-family-relationship', defaultMessage: 'Relationship' },
  language: { id: 'scrqm-family-language', defaultMessage: 'Language of letters' },
  involvement: { id: 'scrqm-family-involvement', defaultMessage: 'Involvement' },
  firstInformed: { id: 'scrqm-family-first-informed', defaultMessage: 'First informed' },
  lastContact: { id: 'scrqm-family-last-contact', defaultMessage: 'Last contact' },
  letters: { id: 'scrqm-family-letters', defaultMessage: 'Letters' },
  letter: { id: 'scrqm-family-letter', defaultMessage: 'Letter to {member}' },
  letterLanguage: {
    id: 'scrqm-family-letter-language',
    defaultMessage: 'Language of the letter to {member}',
  },
  letterColumn: { id: 'scrqm-family-letter-column', defaultMessage: 'Letter' },
  write: { id: 'scrqm-family-write', defaultMessage: 'Write' },
  contacts: { id: 'scrqm-family-contacts', defaultMessage: 'Contacts' },
  contact: { id: 'scrqm-family-contact', defaultMessage: 'Contact' },
  date: { id: 'scrqm-family-date', defaultMessage: 'Date' },
  how: { id: 'scrqm-family-how', defaultMessage: 'How' },
  whoFamily: { id: 'scrqm-family-who-family', defaultMessage: 'Who in the family' },
  whoReview: { id: 'scrqm-family-who-review', defaultMessage: 'Who from the review' },
  questions: {
    id: 'scrqm-family-questions',
    defaultMessage: 'Questions and comments from the family',
  },
  question: { id: 'scrqm-family-question', defaultMessage: 'Question or comment' },
  asked: { id: 'scrqm-family-asked', defaultMessage: 'Asked' },
  answerer: { id: 'scrqm-family-answerer', defaultMessage: 'Who answers' },
  status: { id: 'scrqm-family-status', defaultMessage: 'Open or closed' },
  accounts: { id: 'scrqm-family-accounts', defaultMessage: 'The family’s account' },
  loading: { id: 'scrqm-loading', defaultMessage: 'Loading…' },
});

const LetterChooser = ({ member, letters, languages, review, t }) => {
  const history = useHistory();
  const [letter, setLetter] = useState(letters[0]?.value || '');
  const [lang, setLang] = useState(member.preferred_language || 'en');
  return (
    <form
      className="scrqm-letter-choice"
      onSubmit={(event) => {
        event.preventDefault();
        const query = letterQuery({ member: member.uid, letter, lang });
        history.push(`${review}/family-letter${query.replace(/&format=html$/, '')}`);
      }}
    >
      <label className="visually-hidden" htmlFor={`letter-${member.uid}`}>
        {t(messages.letter, { member: member.title })}
      </label>
      <select
        id={`letter-${member.uid}`}
        value={letter}
        onChange={(event) => setLetter(event.target.value)}
      >
        {letters.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.title}
          </option>
        ))}
      </select>{' '}
      <label className="visually-hidden" htmlFor={`lang-${member.uid}`}>
        {t(messages.letterLanguage, { member: member.title })}
      </label>
      <select
        id={`lang-${member.uid}`}
        value={lang}
        onChange={(event) => setLang(event.target.value)}
      >
        {languages.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.title}
          </option>
        ))}
      </select>{' '}
      <button type="submit" className="ui button small">
        {t(messages.write)}
      </button>
    </form>
  );
};

const Family = () => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const location = useLocation();
  const review = reviewPath(location.pathname, 'family');
  const state = useSelector((s) => s.scrFamily) || {};
  const t = (message, values) => intl.formatMessage(message, values);
  useEffect(() => {
    dispatch(getFamily(review));
  }, [dispatch, review]);
  const data = state.data || {};
  const members = data.members || [];
  const contacts = data.contacts || [];
  const questions = data.questions || [];
  const accounts = data.accounts || [];
  return (
    <Container id="page-document" className="view-wrapper scrqm-family">
      <Helmet title={t(messages.title)} />
      <h1 className="documentFirstHeading">{t(messages.title)}</h1>
      {state.error && (
        <p className="ui negative message" role="alert">
          {state.error}
        </p>
      )}
      {state.loading && <p>{t(messages.loading)}</p>}
      {state.loaded && (
        <>
          <p className="ui warning message">{t(messages.private)}</p>
          {members.length === 0 ? (
            <p>{t(messages.none)}</p>
          ) : (
            <table className="ui table scrqm-family-members">
              <thead>
                <tr>
                  <th scope="col">{t(messages.member)}</th>
                  <th scope="col">{t(messages.relationship)}</th>
                  <th scope="col">{t(messages.language)}</th>
                  <th scope="col">{t(messages.involvement)}</th>
                  <th scope="col">{t(messages.firstInformed)}</th>
                  <th scope="col">{t(messages.lastContact)}</th>
                  <th scope="col">{t(messages.letters)}</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <tr key={member.uid}>
                    <th scope="row">
                      <Link to={flattenToAppURL(member.url)}>{member.title}</Link>
                    </th>
                    <td>{member.relationship}</td>
                    <td>{member.language}</td>
                    <td>{member.involvement}</td>
                    <td>{member.first_informed}</td>
                    <td>{member.last_contact}</td>
                    <td>
                      <LetterChooser
                        member={member}
                        letters={data.letters || []}
                        languages={data.languages || []}
                        review={review}
                        t={t}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <section className="scrqm-family-contacts">
            <h2>{t(messages.contacts)}</h2>
            {contacts.length > 0 && (
              <table className="ui table compact">
                <thead>
                  <tr>
                    <th scope="col">{t(messages.contact)}</th>
                    <th scope="col">{t(messages.date)}</th>
                    <th scope="col">{t(messages.how)}</th>
                    <th scope="col">{t(messages.whoFamily)}</th>
                    <th scope="col">{t(messages.whoReview)}</th>
                    <th scope="col">{t(messages.letterColumn)}</th>
                  </tr>
                </thead>
                <tbody>
                  {contacts.map((row) => (
                    <tr key={row.url}>
                      <td>
                        <Link to={flattenToAppURL(row.url)}>{row.title}</Link>
                      </td>
                      <td>{row.date}</td>
                      <td>{row.method}</td>
                      <td>{row.members}</td>
                      <td>{row.who}</td>
                      <td>{row.letter}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="scrqm-family-questions">
            <h2>{t(messages.questions)}</h2>
            {questions.length > 0 && (
              <table className="ui table compact">
                <thead>
                  <tr>
                    <th scope="col">{t(messages.question)}</th>
                    <th scope="col">{t(messages.asked)}</th>
                    <th scope="col">{t(messages.whoFamily)}</th>
                    <th scope="col">{t(messages.answerer)}</th>
                    <th scope="col">{t(messages.status)}</th>
                  </tr>
                </thead>
                <tbody>
                  {questions.map((row) => (
                    <tr key={row.url}>
                      <td>
                        <Link to={flattenToAppURL(row.url)}>{row.title}</Link>
                      </td>
                      <td>{row.asked}</td>
                      <td>{row.members}</td>
                      <td>{row.answerer}</td>
                      <td>{row.status}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          <section className="scrqm-family-accounts">
            <h2>{t(messages.accounts)}</h2>
            {accounts.length > 0 && (
              <ul>
                {accounts.map((row) => (
                  <li key={row.url}>
                    <Link to={flattenToAppURL(row.url)}>{row.title}</Link> ({row.date},{' '}
                    {row.members})
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Container>
  );
};

export default Family;
