import { vi } from 'vitest';

export interface Call {
  method: string;
  url: string;
  body: unknown;
}

type Answer = { status: number; body?: unknown } | undefined;

/**
 * Stubs fetch. `answer` decides (undefined → GETs 404, other methods 204). JSON bodies are parsed;
 * FormData bodies are kept as they are. Returns the calls made.
 */
export function stubApi(answer: (call: Call) => Answer = () => undefined): Call[] {
  document.cookie = 'SA-XSRF-TOKEN=test-token';
  const calls: Call[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      const method = init?.method ?? 'GET';
      const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : init?.body;
      const call = { method, url, body };
      calls.push(call);
      const a = answer(call);
      if (!a) return method === 'GET' ? json(404, { status: 404, detail: 'not stubbed' }) : new Response(null, { status: 204 });
      if (a.status === 204) return new Response(null, { status: 204 });
      return json(a.status, a.body ?? {});
    }),
  );
  return calls;
}

/** A Blob's text (jsdom's Blob has no text()). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}
