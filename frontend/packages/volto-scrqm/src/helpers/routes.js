/** The review a page of the review belongs to: the route's path without its last name. */
export function reviewPath(pathname, page) {
  const suffix = new RegExp(`/${page}/?$`);
  return (pathname || '').replace(suffix, '');
}
