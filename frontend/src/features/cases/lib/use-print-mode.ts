import { useEffect } from 'react';

/** The class print pages put on <body>: their print CSS hides the app's header and menu under it. */
export const PRINT_MODE_CLASS = 'sa-print-mode';

/** Marks the document as showing a printable page while the calling component is mounted. */
export function usePrintMode(): void {
  useEffect(() => {
    document.body.classList.add(PRINT_MODE_CLASS);
    return () => document.body.classList.remove(PRINT_MODE_CLASS);
  }, []);
}
