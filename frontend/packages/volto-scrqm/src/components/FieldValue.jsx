/**
 * One field's value as it reads on a page (see helpers/values.js for the rules).
 */
import React from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import {
  formatDate,
  kindOf,
  paragraphs,
  termTitle,
} from 'volto-scrqm/helpers/values';

const messages = defineMessages({
  yes: { id: 'scrqm-yes', defaultMessage: 'Yes' },
  no: { id: 'scrqm-no', defaultMessage: 'No' },
});

const FieldValue = ({ value }) => {
  const intl = useIntl();
  switch (kindOf(value)) {
    case 'list':
      return (
        <ul className="scrqm-list">
          {value.map((item, index) => (
            <li key={item?.token ?? index}>{termTitle(item)}</li>
          ))}
        </ul>
      );
    case 'richtext':
      return (
        <div
          className="scrqm-richtext"
          dangerouslySetInnerHTML={{ __html: value.data }}
        />
      );
    case 'file':
      return (
        <a href={flattenToAppURL(value.download)}>{value.filename || value.download}</a>
      );
    case 'term':
      return <span>{termTitle(value)}</span>;
    case 'date':
      return (
        <time dateTime={value.slice(0, 10)}>
          {formatDate(value, intl.locale === 'cy' ? 'cy' : 'en-GB')}
        </time>
      );
    case 'boolean':
      return <span>{intl.formatMessage(value ? messages.yes : messages.no)}</span>;
    default:
      return (
        <>
          {paragraphs(value).map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </>
      );
  }
};

export default FieldValue;
