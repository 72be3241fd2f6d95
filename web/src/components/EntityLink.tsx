import type { ComponentChildren } from 'preact';

export function entityHref(ref: string): string {
  return '/entity/' + encodeURIComponent(ref);
}

export function relationsHref(a: string, b: string): string {
  return '/relations?' + new URLSearchParams({ a, b }).toString();
}

export function EntityLink({ refId, children, type }: { refId: string; type?: string; children: ComponentChildren }) {
  return <a class={'entity-link' + (type ? ' ent-' + type : '')} href={entityHref(refId)}><bdi>{children}</bdi></a>;
}
