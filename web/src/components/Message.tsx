// Every page state that is not data gets words: loading, empty, errors. Never a blank screen.
import type { ComponentChildren } from 'preact';
import { persianMessage } from '../api.ts';

export function Loading({ label = 'در حال بارگذاری…' }: { label?: string }) {
  return <p class="message loading" role="status" aria-live="polite">{label}</p>;
}

export function Notice({ title, children, kind = 'info' }: { title: string; children?: ComponentChildren; kind?: 'info' | 'error' }) {
  return (
    <div class={'message ' + kind} role={kind === 'error' ? 'alert' : 'status'}>
      <strong>{title}</strong>
      {children ? <div class="message-body">{children}</div> : null}
    </div>
  );
}

export function ErrorNotice({ error, what }: { error: unknown; what?: string }) {
  const detail = error instanceof Error && error.message ? error.message : null;
  return (
    <Notice kind="error" title={what ? what + ': ' + persianMessage(error) : persianMessage(error)}>
      {detail ? <p class="detail" dir="auto">{detail}</p> : null}
    </Notice>
  );
}
