/**
 * How a signed-in user reaches the partnership's pages without typing an address: links in
 * Volto's toolbar (the `main.toolbar.top` pluggable), registered from `appExtras`. Every
 * signed-in user gets the dashboard, the action tracker and the marker catalogue; on a
 * review, its information register and its history too. The backend still decides what
 * each page shows (a member without a role on a review is refused there).
 */
import React from 'react';
import { useSelector } from 'react-redux';
import { Link } from 'react-router-dom';
import { defineMessages, useIntl } from 'react-intl';
import { Plug } from '@plone/volto/components/manage/Pluggable';
import Icon from '@plone/volto/components/theme/Icon/Icon';
import { flattenToAppURL } from '@plone/volto/helpers/Url/Url';
import tableSVG from '@plone/volto/icons/table.svg';
import flagSVG from '@plone/volto/icons/flag.svg';
import bookSVG from '@plone/volto/icons/book.svg';
import infoSVG from '@plone/volto/icons/info.svg';
import clockSVG from '@plone/volto/icons/clock.svg';

const messages = defineMessages({
  dashboard: { id: 'scrqm-link-dashboard', defaultMessage: 'Case reviews: dashboard' },
  tracker: { id: 'scrqm-link-tracker', defaultMessage: 'Action tracker' },
  markers: { id: 'scrqm-link-markers', defaultMessage: 'Quality markers' },
  information: { id: 'scrqm-link-information', defaultMessage: 'Information register' },
  history: { id: 'scrqm-link-history', defaultMessage: 'Review history' },
});

/**
 * The links for a signed-in user at `pathname`, where `content` is the item Volto last
 * loaded: `[{id, to, message, icon}]`. A review's own links only on the review or under it.
 */
export function toolbarLinks(content, pathname) {
  const links = [
    { id: 'dashboard', to: '/scr-dashboard', message: messages.dashboard, icon: tableSVG },
    { id: 'tracker', to: '/action-tracker', message: messages.tracker, icon: flagSVG },
    { id: 'markers', to: '/quality-markers', message: messages.markers, icon: bookSVG },
  ];
  const review = content?.['@id'] ? flattenToAppURL(content['@id']) : null;
  const onReview =
    review && (pathname === undefined || pathname === review || pathname.startsWith(`${review}/`));
  if (content?.['@type'] === 'CaseReview' && onReview) {
    links.push(
      {
        id: 'information',
        to: `${review}/review-information`,
        message: messages.information,
        icon: infoSVG,
      },
      { id: 'history', to: `${review}/review-history`, message: messages.history, icon: clockSVG },
    );
  }
  return links;
}

const ToolbarLinks = ({ pathname }) => {
  const intl = useIntl();
  const token = useSelector((state) => state.userSession?.token);
  const content = useSelector((state) => state.content?.data);
  if (!token) return null;
  const links = toolbarLinks(content, pathname);
  return (
    <Plug
      pluggable="main.toolbar.top"
      id="scrqm-links"
      dependencies={[links.map((link) => link.to).join('|')]}
    >
      <div className="scrqm-toolbar-links">
        {links.map((link) => (
          <Link
            key={link.id}
            to={link.to}
            className={`scrqm-toolbar-${link.id}`}
            aria-label={intl.formatMessage(link.message)}
          >
            <Icon name={link.icon} size="30px" title={intl.formatMessage(link.message)} />
          </Link>
        ))}
      </div>
    </Plug>
  );
};

export default ToolbarLinks;
