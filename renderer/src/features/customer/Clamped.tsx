import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Words longer than a glance are cut to two lines, with a button to read the rest. */
const clampAt = 120;

export function Clamped({ text, className }: { text: string; className: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (text.length <= clampAt) return <span className={className}>{text}</span>;
  // The text itself opens and closes, so a clamped line costs no extra line for its button.
  return (
    <button
      type="button"
      className={`clamp-toggle ${className}${open ? '' : ' clamped'}`}
      aria-expanded={open}
      title={open ? t('recall.less') : t('recall.more')}
      onClick={() => setOpen(!open)}
    >
      {text}
    </button>
  );
}
