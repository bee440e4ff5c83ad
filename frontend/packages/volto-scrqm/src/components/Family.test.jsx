import React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider } from 'react-intl-redux';
import { MemoryRouter, Route } from 'react-router-dom';
import configureStore from 'redux-mock-store';
import Family from './Family';

const mockStore = configureStore();
const base = 'http://localhost:3000/reviews/child-f';

const family = {
  members: [
    {
      title: 'Family member 1 (mother)',
      url: `${base}/family-member`,
      uid: 'uid-1',
      relationship: 'Mother',
      language: 'Urdu',
      preferred_language: 'ur',
      involvement: 'Taking part',
      last_contact: '2026-11-26',
      first_informed: '',
    },
  ],
  contacts: [
    {
      title: 'Contact 1',
      url: `${base}/family-contact`,
      date: '2026-11-26',
      method: 'Phone',
      who: 'Rita (review manager)',
      members: 'Family member 1 (mother)',
      letter: '',
      informed: false,
    },
  ],
  questions: [
    {
      title: 'Question 1',
      url: `${base}/family-question`,
      asked: '2026-11-27',
      answerer: 'Leo (lead reviewer)',
      status: 'Open',
      open: true,
      members: 'Family member 1 (mother)',
    },
  ],
  accounts: [],
  letters: [
    { value: 'inform', title: 'Informing the family about the review' },
    { value: 'invite', title: 'Inviting the family to take part' },
  ],
  languages: [
    { value: 'en', title: 'English' },
    { value: 'cy', title: 'Welsh' },
    { value: 'ur', title: 'Urdu' },
  ],
  can_add: true,
  can_record: true,
};

const renderWith = (scrFamily) => {
  const store = mockStore({ intl: { locale: 'en', messages: {} }, scrFamily });
  let location;
  const view = render(
    <Provider store={store}>
      <MemoryRouter initialEntries={['/reviews/child-f/family']}>
        <Family />
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
};

describe('Family', () => {
  it('asks for the family of the review', () => {
    const { store } = renderWith({ loading: true });
    expect(store.getActions().map((a) => a.request.path)).toEqual([
      '/reviews/child-f/@scr-family',
    ]);
  });

  it('lists the members by label, the contacts and the questions', () => {
    const { container } = renderWith({ loaded: true, data: family });
    const member = container.querySelector('.scrqm-family-members tbody tr');
    expect(Array.from(member.children).slice(0, 6).map((c) => c.textContent)).toEqual([
      'Family member 1 (mother)',
      'Mother',
      'Urdu',
      'Taking part',
      '',
      '2026-11-26',
    ]);
    expect(
      screen.getByRole('link', { name: 'Family member 1 (mother)' }).getAttribute('href'),
    ).toBe('/reviews/child-f/family-member');
    expect(container.querySelector('.scrqm-family-contacts tbody').textContent).toBe(
      'Contact 12026-11-26PhoneFamily member 1 (mother)Rita (review manager)',
    );
    expect(container.querySelector('.scrqm-family-questions tbody').textContent).toContain(
      'Leo (lead reviewer)Open',
    );
  });

  it('writes a letter in the member’s language, or another chosen', () => {
    const { location } = renderWith({ loaded: true, data: family });
    const language = screen.getByLabelText('Language of the letter to Family member 1 (mother)');
    expect(language.value).toBe('ur');
    fireEvent.change(screen.getByLabelText('Letter to Family member 1 (mother)'), {
      target: { value: 'invite' },
    });
    fireEvent.change(language, { target: { value: 'cy' } });
    fireEvent.click(screen.getByRole('button', { name: 'Write' }));
    expect(location().pathname).toBe('/reviews/child-f/family-letter');
    expect(location().search).toBe('?member=uid-1&letter=invite&lang=cy');
  });

  it('shows the backend’s refusal and no family', () => {
    const { container } = renderWith({ error: 'You are not authorized to access this resource.' });
    expect(screen.getByRole('alert').textContent).toBe(
      'You are not authorized to access this resource.',
    );
    expect(container.querySelector('table')).toBeNull();
  });
});
