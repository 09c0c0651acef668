import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  wide?: boolean;
  /** Mounted only while open, so each opening starts from fresh state. */
  children: ReactNode;
}

/** Every dialog of the app: Radix for focus trapping, Esc and screen readers; one look, one close button. */
export function AppDialog({ open, onOpenChange, title, wide = false, children }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className={wide ? 'dialog dialog-wide' : 'dialog'} aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {/* A visible way out besides Esc, for a mouse and for people who do not know Esc. */}
          <Dialog.Close className="dialog-close" aria-label={t('dialog.close')}>
            ×
          </Dialog.Close>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Closes the surrounding dialog (a Cancel button). */
export const DialogClose = Dialog.Close;
