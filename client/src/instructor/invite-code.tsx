// A cohort's invite code, shown to be read out or pasted, with a button that copies it.

import { useEffect, useState } from 'react';

export function InviteCode({ code, cohortName }: { code: string; cohortName: string }) {
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (copied === null) return;
    const timer = setTimeout(() => setCopied(null), 4000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied('copied');
    } catch {
      // No clipboard (an insecure page, or permission refused): the code is selectable to copy by hand.
      setCopied('failed');
    }
  };

  return (
    <div className="invite-code" data-testid="invite-code">
      <span className="muted small">Invite code</span>
      <code data-testid="invite-code-value">{code}</code>
      <button type="button" className="button-quiet" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> the invite code of {cohortName}</span>
      </button>
      <span role="status" className="small muted">
        {copied === 'copied' ? 'Copied.' : copied === 'failed' ? 'Select the code to copy it.' : ''}
      </span>
    </div>
  );
}
