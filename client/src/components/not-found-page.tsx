// An address that names no page, or a session or scenario that is not this person's to see: said plainly, with the
// way back to the lobby.

import { RouteLink } from '../routing/route-link.tsx';

export function NotFoundPage() {
  return (
    <section className="card not-found" aria-labelledby="not-found-title" data-testid="not-found">
      <h1 id="not-found-title">Page not found</h1>
      <p>There is no page at this address, or it is not yours to see.</p>
      <RouteLink page={{ name: 'lobby' }} data-testid="not-found-lobby">
        Go to the lobby
      </RouteLink>
    </section>
  );
}
