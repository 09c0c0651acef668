import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface StatusMessage {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

interface StatusApi {
  say(text: string, options?: { tone?: 'info' | 'error'; action?: StatusMessage['action'] }): void;
}

const StatusContext = createContext<StatusApi>({ say: () => undefined });

export function useStatus(): StatusApi {
  return useContext(StatusContext);
}

/** One calm status line at the bottom: every save and failure says what happened. */
export function StatusProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const counter = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const say = useCallback<StatusApi['say']>((text, options) => {
    counter.current += 1;
    const next: StatusMessage = {
      id: counter.current,
      text,
      tone: options?.tone ?? 'info',
      ...(options?.action ? { action: options.action } : {}),
    };
    setMessage(next);
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage((m) => (m?.id === next.id ? null : m)), next.action ? 10_000 : 5_000);
  }, []);
  const api = useMemo(() => ({ say }), [say]);
  return (
    <StatusContext.Provider value={api}>
      {children}
      <div className={`status-line ${message?.tone === 'error' ? 'status-error' : ''}`} role="status" aria-live="polite">
        {message !== null && (
          <>
            <span>{message.text}</span>
            {message.action !== undefined && (
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  message.action?.run();
                  setMessage(null);
                }}
              >
                {message.action.label}
              </button>
            )}
          </>
        )}
      </div>
    </StatusContext.Provider>
  );
}
