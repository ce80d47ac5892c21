// Asks before opting out and says what opting out means.

import { ConfirmDialog } from './confirm-dialog.tsx';

interface Props {
  pending: boolean;
  onConfirm(): void;
  onCancel(): void;
}

const OPT_OUT_MEANING = 'The session ends now. It is not graded and does not count towards your progress.';

export function OptOutConfirm(props: Props) {
  return (
    <ConfirmDialog
      id="opt-out"
      testId="opt-out-confirm"
      title="Opt out of this session?"
      meaning={OPT_OUT_MEANING}
      confirmLabel="Yes, opt out"
      cancelLabel="Stay"
      cancelId="stay"
      {...props}
    />
  );
}
