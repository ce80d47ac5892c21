// A link to one of the app's pages: a real address (opened in a new tab with a modifier or the middle button),
// followed in place through the store on a plain click.

import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useBedside } from '../components/bedside-context.ts';
import type { PageView } from '../state/bedside-state.ts';
import { hrefOf } from './routes.ts';

interface Props extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'onClick'> {
  page: PageView;
  children: ReactNode;
}

export function RouteLink({ page, children, ...rest }: Props) {
  const openRoute = useBedside((s) => s.openRoute);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    void openRoute(page);
  };
  return (
    <a href={hrefOf(page) ?? '/'} onClick={follow} {...rest}>
      {children}
    </a>
  );
}
