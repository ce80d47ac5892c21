// Something is on its way: a spinner with words, marked busy so assistive technology waits for what replaces it.

export function LoadingState({ label, className = '' }: { label: string; className?: string }) {
  return (
    <div className={`loading-state ${className}`} role="status" aria-busy="true" data-testid="loading-state">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
