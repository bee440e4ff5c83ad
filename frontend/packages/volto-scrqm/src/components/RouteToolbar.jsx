/**
 * Volto's toolbar on the add-on's routes (as Volto's own Search page has it), so a
 * signed-in user keeps the links of `ToolbarLinks` there too: from the dashboard to the
 * action tracker, say.
 */
import React from 'react';
import { createPortal } from 'react-dom';
import { useSelector } from 'react-redux';
import Toolbar from '@plone/volto/components/manage/Toolbar/Toolbar';
import { useClient } from '@plone/volto/hooks/client/useClient';

const RouteToolbar = ({ pathname }) => {
  const isClient = useClient();
  const token = useSelector((state) => state.userSession?.token);
  if (!isClient || !token) return null;
  const node = document.getElementById('toolbar');
  if (!node) return null;
  return createPortal(
    <Toolbar pathname={pathname} hideDefaultViewButtons inner={<span />} />,
    node,
  );
};

export default RouteToolbar;
