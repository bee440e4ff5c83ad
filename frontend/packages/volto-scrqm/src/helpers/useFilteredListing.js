/**
 * A listing route whose filters, sort and page live in the address (the dashboard, the
 * action tracker): the filters read from the address, the form's state, the request sent
 * again when the address changes, and the form's submission (back to the first page).
 */
import { useEffect, useState } from 'react';
import { useDispatch, useSelector } from 'react-redux';
import { useHistory, useLocation } from 'react-router-dom';
import { basePath, readParams, writeParams } from 'volto-scrqm/helpers/catalogue';

export default function useFilteredListing({ route, filters, action, stateKey, pageSize }) {
  const dispatch = useDispatch();
  const history = useHistory();
  const location = useLocation();
  const base = basePath(location.pathname, route);
  const params = readParams(location.search, filters);
  const [form, setForm] = useState(params);
  const state = useSelector((s) => s[stateKey]) || {};
  const key = writeParams(params);

  useEffect(() => {
    dispatch(action(base, { ...params, b_size: pageSize }));
    setForm(params);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dispatch, base, key]);

  const submit = (event) => {
    event.preventDefault();
    history.push(`${location.pathname}${writeParams({ ...form, b_start: 0 })}`);
  };
  return { params, form, setForm, state, data: state.data || {}, submit, location };
}
