/**
 * The review's own pages in Volto, linked from the review page so that nobody needs to
 * type an address: the information register, the history, the privacy check, the
 * chronology and the family. Which of them the reader may open comes from the backend
 * (`pages` in `@scr-items`); each page asks the backend again. The self-assessment has
 * its own links (AssessmentLinks).
 */
import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';

const messages = defineMessages({
  heading: { id: 'scrqm-review-pages', defaultMessage: "The review's pages" },
  'review-information': {
    id: 'scrqm-review-pages-information',
    defaultMessage: 'Information register',
  },
  'review-history': { id: 'scrqm-review-pages-history', defaultMessage: 'History' },
  'privacy-check': { id: 'scrqm-review-pages-privacy', defaultMessage: 'Privacy check' },
  chronology: { id: 'scrqm-review-pages-chronology', defaultMessage: 'Chronology' },
  family: { id: 'scrqm-review-pages-family', defaultMessage: 'Family and letters' },
});

/** The pages to link, in the backend's order, leaving out those this component does not know. */
export function pagesToLink(pages) {
  return (pages || []).filter((page) => messages[page] && page !== 'heading');
}

const ReviewPages = ({ url, pages }) => {
  const intl = useIntl();
  const shown = pagesToLink(pages);
  if (!url || shown.length === 0) return null;
  const review = flattenToAppURL(url);
  return (
    <nav className="scrqm-review-pages" aria-labelledby="scrqm-review-pages-heading">
      <h2 id="scrqm-review-pages-heading">{intl.formatMessage(messages.heading)}</h2>
      <ul>
        {shown.map((page) => (
          <li key={page}>
            <Link className={`scrqm-review-page-${page}`} to={`${review}/${page}`}>
              {intl.formatMessage(messages[page])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
};

export default ReviewPages;
