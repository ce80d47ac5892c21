// Asks before ending a session and says what ending means.

import { ConfirmDialog } from './confirm-dialog.tsx';

interface Props {
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function EndSessionConfirm(props: Props) {
  return (
    <ConfirmDialog
      id="end-confirm"
      testId="end-confirm"
      title="End this session?"
      meaning="The conversation stops here for good, and your feedback is prepared."
      confirmLabel="End"
      cancelLabel="Keep talking"
      cancelId="keep"
      {...props}
    />
  );
}
