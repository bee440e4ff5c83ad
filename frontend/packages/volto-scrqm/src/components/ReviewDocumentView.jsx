/**
 * The view of a ReviewReport or a BoardResponse. It reads only the item's own JSON (no
 * `@types`, which Anonymous may not read), so a published report or response renders for
 * every visitor; the fields the visitor may not read are not in that JSON at all.
 */
import React from 'react';
import { useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import FieldValue from 'volto-scrqm/components/FieldValue';
import PhasePanel from 'volto-scrqm/components/PhasePanel';
import { isEmpty } from 'volto-scrqm/helpers/values';

const messages = defineMessages({
  report_content: { id: 'scrqm-report-content', defaultMessage: 'This document is' },
  area: { id: 'scrqm-area', defaultMessage: 'Area' },
  publication_date: { id: 'scrqm-publication-date', defaultMessage: 'Publication date' },
  learning_themes: { id: 'scrqm-learning-themes', defaultMessage: 'Learning themes' },
  summary: { id: 'scrqm-summary', defaultMessage: 'Public summary' },
  report_file: { id: 'scrqm-report-file', defaultMessage: 'Report as a file' },
  accepts_findings: {
    id: 'scrqm-accepts-findings',
    defaultMessage: 'Does the board accept the findings of the review?',
  },
  findings_response: {
    id: 'scrqm-findings-response',
    defaultMessage: "The board's view of the findings",
  },
  priorities: { id: 'scrqm-priorities', defaultMessage: 'Priorities for action' },
  actions: {
    id: 'scrqm-actions',
    defaultMessage: 'What the board and its agencies will do',
  },
  monitoring: {
    id: 'scrqm-monitoring',
    defaultMessage: 'How the effectiveness of the action will be monitored',
  },
  national_recommendations: {
    id: 'scrqm-national-recommendations',
    defaultMessage: 'National recommendations',
  },
  response_file: { id: 'scrqm-response-file', defaultMessage: 'Response as a file' },
  withdrawal_reason: {
    id: 'scrqm-withdrawal-reason',
    defaultMessage: 'Reason for withdrawal',
  },
});

/** The fields each type shows, in reading order, before and after its rich text. */
export const FIELDS = {
  ReviewReport: {
    facts: ['report_content', 'area', 'publication_date', 'learning_themes'],
    before: ['summary'],
    after: ['report_file'],
  },
  BoardResponse: {
    facts: ['publication_date', 'accepts_findings'],
    before: [
      'findings_response',
      'priorities',
      'actions',
      'monitoring',
      'national_recommendations',
    ],
    after: ['response_file'],
  },
};

const Section = ({ id, value, intl }) => (
  <section className={`scrqm-field scrqm-field-${id}`}>
    <h2>{intl.formatMessage(messages[id])}</h2>
    <FieldValue value={value} />
  </section>
);

const ReviewDocumentView = ({ content }) => {
  const intl = useIntl();
  // The review team moves the document on (approval, publication, withdrawal); a visitor
  // who is not signed in reads it only.
  const signedIn = useSelector((state) => Boolean(state.userSession?.token));
  const fields = FIELDS[content?.['@type']] || FIELDS.ReviewReport;
  const present = (ids) => ids.filter((id) => !isEmpty(content[id]));
  return (
    <Container id="page-document" className="view-wrapper scrqm-document">
      <h1 className="documentFirstHeading">{content.title}</h1>
      {content.description && (
        <p className="documentDescription">{content.description}</p>
      )}
      {signedIn && content['@id'] && <PhasePanel url={content['@id']} />}
      {present(fields.facts).length > 0 && (
        <dl className="scrqm-facts">
          {present(fields.facts).map((id) => (
            <React.Fragment key={id}>
              <dt>{intl.formatMessage(messages[id])}</dt>
              <dd>
                <FieldValue value={content[id]} />
              </dd>
            </React.Fragment>
          ))}
        </dl>
      )}
      {present(fields.before).map((id) => (
        <Section key={id} id={id} value={content[id]} intl={intl} />
      ))}
      {!isEmpty(content.text) && <FieldValue value={content.text} />}
      {present(fields.after).map((id) => (
        <Section key={id} id={id} value={content[id]} intl={intl} />
      ))}
      {!isEmpty(content.withdrawal_reason) && (
        <Section id="withdrawal_reason" value={content.withdrawal_reason} intl={intl} />
      )}
    </Container>
  );
};

export default ReviewDocumentView;
