/**
 * The phase panel of a review (or of its report or response), fed by `@scr-next-steps`:
 * the current state, each move the user may make with what it still needs, a comment box,
 * and the moves as buttons. A move not possible yet is shown disabled with its reasons;
 * a refusal from the backend (a withdrawal without its reason, for one) is shown as the
 * backend words it, never as "Workflow updated".
 */
import React, { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { defineMessages, useIntl } from 'react-intl';
import { getContent } from '@plone/volto/actions/content/content';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { getNextSteps, transitionWithComment } from 'volto-scrqm/actions';

/** Moves the backend refuses without a comment: the comment box becomes required. */
export const NEEDS_REASON = ['withdraw'];

const messages = defineMessages({
  heading: { id: 'scrqm-phase-heading', defaultMessage: 'Phase and next steps' },
  state: { id: 'scrqm-phase-state', defaultMessage: 'Now' },
  noSteps: {
    id: 'scrqm-phase-no-steps',
    defaultMessage: 'You have no move to make here now.',
  },
  stillNeeded: { id: 'scrqm-phase-still-needed', defaultMessage: 'Still needed:' },
  warnings: { id: 'scrqm-phase-warnings', defaultMessage: 'Before you do this:' },
  comment: { id: 'scrqm-phase-comment', defaultMessage: 'Comment' },
  reason: {
    id: 'scrqm-phase-reason',
    defaultMessage: 'Reason (required to withdraw)',
  },
  reasonMissing: {
    id: 'scrqm-phase-reason-missing',
    defaultMessage: '"{title}" needs its reason: write it in the comment box.',
  },
  done: { id: 'scrqm-phase-done', defaultMessage: 'Done: {title}.' },
});

const PhasePanel = ({ url }) => {
  const intl = useIntl();
  const dispatch = useDispatch();
  const nextSteps = useSelector((s) => s.scrNextSteps) || {};
  const transition = useSelector((s) => s.scrTransition) || {};
  const [comment, setComment] = useState('');
  const [notice, setNotice] = useState(null);
  const [asked, setAsked] = useState(null);

  useEffect(() => {
    if (url) dispatch(getNextSteps(url));
  }, [dispatch, url]);

  useEffect(() => {
    if (!asked) return;
    if (transition.loaded) {
      setNotice({ kind: 'success', text: intl.formatMessage(messages.done, { title: asked.title }) });
      setComment('');
      setAsked(null);
      dispatch(getNextSteps(url));
      dispatch(getContent(flattenToAppURL(url)));
    } else if (transition.error) {
      setNotice({ kind: 'error', text: transition.error });
      setAsked(null);
    }
  }, [transition, asked, dispatch, url, intl]);

  const data = nextSteps.data;
  if (!data) {
    return nextSteps.error ? (
      <p role="alert" className="scrqm-error">
        {nextSteps.error}
      </p>
    ) : null;
  }
  const steps = data.steps || [];
  const needsReason = steps.some((step) => NEEDS_REASON.includes(step.id));

  const move = (step) => {
    if (NEEDS_REASON.includes(step.id) && !comment.trim()) {
      setNotice({
        kind: 'error',
        text: intl.formatMessage(messages.reasonMissing, { title: step.title }),
      });
      return;
    }
    setNotice(null);
    setAsked(step);
    dispatch(transitionWithComment(url, step.id, comment.trim()));
  };

  return (
    <section className="scrqm-phase-panel" aria-labelledby="scrqm-phase-heading">
      <h2 id="scrqm-phase-heading">{intl.formatMessage(messages.heading)}</h2>
      <p className="scrqm-phase-state">
        {intl.formatMessage(messages.state)}: <strong>{data.state_title}</strong>
      </p>
      {notice && (
        <p
          role={notice.kind === 'error' ? 'alert' : 'status'}
          className={`scrqm-notice scrqm-notice-${notice.kind}`}
        >
          {notice.text}
        </p>
      )}
      {steps.length === 0 && <p>{intl.formatMessage(messages.noSteps)}</p>}
      {steps.length > 0 && (
        <>
          <label htmlFor="scrqm-phase-comment" className="scrqm-phase-comment-label">
            {intl.formatMessage(needsReason ? messages.reason : messages.comment)}
          </label>
          <textarea
            id="scrqm-phase-comment"
            value={comment}
            rows={3}
            onChange={(event) => setComment(event.target.value)}
          />
          <ul className="scrqm-steps">
            {steps.map((step) => (
              <li key={step.id} className="scrqm-step">
                <button
                  type="button"
                  className={`ui button ${step.available ? 'primary' : ''}`}
                  disabled={!step.available || Boolean(asked)}
                  aria-describedby={
                    step.available ? undefined : `scrqm-step-${step.id}-missing`
                  }
                  onClick={() => move(step)}
                >
                  {step.title}
                </button>
                {!step.available && step.missing?.length > 0 && (
                  <div id={`scrqm-step-${step.id}-missing`} className="scrqm-missing">
                    {intl.formatMessage(messages.stillNeeded)}
                    <ul>
                      {step.missing.map((need) => (
                        <li key={need}>{need}</li>
                      ))}
                    </ul>
                  </div>
                )}
                {step.warnings?.length > 0 && (
                  <div className="scrqm-warnings">
                    {intl.formatMessage(messages.warnings)}
                    <ul>
                      {step.warnings.map((warning) => (
                        <li key={warning}>{warning}</li>
                      ))}
                    </ul>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};

export default PhasePanel;
