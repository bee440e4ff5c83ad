/** On the review page: the way to the review's self-assessment pages. */
import React from 'react';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import { overviewPath } from 'volto-scrqm/helpers/assessment';

const messages = defineMessages({
  overview: {
    id: 'scrqm-assessment-link',
    defaultMessage: 'Self-assessment against the quality markers',
  },
});

const AssessmentLinks = ({ url }) => {
  const intl = useIntl();
  if (!url) return null;
  return (
    <p className="scrqm-assessment-links">
      <Link to={overviewPath(flattenToAppURL(url))}>{intl.formatMessage(messages.overview)}</Link>
    </p>
  );
};

export default AssessmentLinks;
