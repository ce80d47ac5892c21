// The page's error banner and notice line.

import { useBedside } from './bedside-context.ts';

export function StatusBanner() {
  const error = useBedside((s) => s.error);
  const notice = useBedside((s) => s.notice);
  const dismissError = useBedside((s) => s.dismissError);
  return (
    <>
      {error && (
        <div className="banner banner-error" role="alert" data-testid="error-banner">
          <span>{error}</span>
          <button type="button" className="button-quiet" onClick={dismissError} aria-label="Dismiss error">
            ×
          </button>
        </div>
      )}
      {notice && (
        <p className="banner banner-notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
