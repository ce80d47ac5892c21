// A scenario's content warnings, so a learner can decide before starting.

export function ContentWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="content-warnings" data-testid="content-warnings">
      <strong>Content warnings</strong>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
