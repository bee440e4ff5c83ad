/**
 * One quality marker's page (the `QualityMarker` view), from the item's own JSON: its
 * cluster, quality statement, the published questions and the partnership's local ones as
 * numbered lists (never run together), then its rationale and guidance sections, whose
 * paragraphs and '- ' lists are shown as such.
 */
import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { Container } from 'semantic-ui-react';
import { textBlocks } from 'volto-scrqm/helpers/catalogue';
import { termTitle } from 'volto-scrqm/helpers/values';

const messages = defineMessages({
  marker: { id: 'scrqm-marker-number', defaultMessage: 'Quality marker {number}' },
  statement: { id: 'scrqm-marker-statement', defaultMessage: 'Quality statement' },
  questions: {
    id: 'scrqm-marker-questions',
    defaultMessage: 'How might you know if you are meeting this quality marker?',
  },
  localQuestions: { id: 'scrqm-marker-local-questions', defaultMessage: 'Local questions' },
  localHelp: {
    id: 'scrqm-marker-local-help',
    defaultMessage: 'Added by the partnership for its own reviews.',
  },
  rationale: { id: 'scrqm-marker-rationale', defaultMessage: 'Rationale' },
  knowledge_base: { id: 'scrqm-marker-knowledge-base', defaultMessage: 'Knowledge base' },
  equality_diversity: {
    id: 'scrqm-marker-equality-diversity',
    defaultMessage: 'Equality and diversity',
  },
  statutory_guidance: {
    id: 'scrqm-marker-statutory-guidance',
    defaultMessage: 'Link to statutory guidance and inspection criteria',
  },
  common_obstacles: {
    id: 'scrqm-marker-common-obstacles',
    defaultMessage: 'Tackling some common obstacles',
  },
});

/** The prose sections of a marker, in the classic page's order. */
export const SECTIONS = [
  'rationale',
  'knowledge_base',
  'equality_diversity',
  'statutory_guidance',
  'common_obstacles',
];

const QualityMarkerView = ({ content }) => {
  const intl = useIntl();
  const questions = content?.questions || [];
  const local = content?.local_questions || [];
  return (
    <Container id="page-document" className="view-wrapper scrqm-marker">
      <h1 className="documentFirstHeading">
        <span className="scrqm-marker-number">
          {intl.formatMessage(messages.marker, { number: content?.number })}:
        </span>{' '}
        {content?.title}
      </h1>
      {content?.cluster && <p className="scrqm-marker-cluster">{termTitle(content.cluster)}</p>}
      <section className="scrqm-statement" aria-labelledby="scrqm-statement-heading">
        <h2 id="scrqm-statement-heading">{intl.formatMessage(messages.statement)}</h2>
        <blockquote>{content?.statement}</blockquote>
      </section>
      <section className="scrqm-questions" aria-labelledby="scrqm-questions-heading">
        <h2 id="scrqm-questions-heading">{intl.formatMessage(messages.questions)}</h2>
        <ol className="scrqm-question-list">
          {questions.map((question, index) => (
            // eslint-disable-next-line react/no-array-index-key
            <li key={index}>{question}</li>
          ))}
        </ol>
        {local.length > 0 && (
          <>
            <h3>{intl.formatMessage(messages.localQuestions)}</h3>
            <p>{intl.formatMessage(messages.localHelp)}</p>
            <ol className="scrqm-local-questions" start={questions.length + 1}>
              {local.map((question, index) => (
                // eslint-disable-next-line react/no-array-index-key
                <li key={index}>{question}</li>
              ))}
            </ol>
          </>
        )}
      </section>
      {SECTIONS.map((name) => {
        const blocks = textBlocks(content?.[name]);
        if (!blocks.length) return null;
        return (
          <details
            key={name}
            id={`scrqm-${name}`}
            className="scrqm-section"
            open={name !== 'rationale' ? true : undefined}
          >
            <summary>
              <h2 style={{ display: 'inline' }}>{intl.formatMessage(messages[name])}</h2>
            </summary>
            {blocks.map((block, index) =>
              block.kind === 'p' ? (
                // eslint-disable-next-line react/no-array-index-key
                <p key={index}>{block.text}</p>
              ) : (
                // eslint-disable-next-line react/no-array-index-key
                <ul key={index}>
                  {block.items.map((item, i) => (
                    // eslint-disable-next-line react/no-array-index-key
                    <li key={i}>{item}</li>
                  ))}
                </ul>
              ),
            )}
          </details>
        );
      })}
    </Container>
  );
};

export default QualityMarkerView;
