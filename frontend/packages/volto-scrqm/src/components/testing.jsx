/** Shared by the register components' tests: render with a store and a router. */
import React from 'react';
import { render } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';

const mockStore = configureStore();

export function renderAt(element, path, state = {}) {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, ...state });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={[path]}>
        {element}
        <Route
          path="*"
          render={(props) => {
            location = props.location;
            return null;
          }}
        />
      </MemoryRouter>
    </Provider>,
  );
  return { store, location: () => location, ...view };
}
