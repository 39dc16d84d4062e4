/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { weight } from './build/weight';

const backend = 'http://localhost:8080';
const proxied = ['/api', '/camunda', '/engine-rest', '/v3', '/swagger-ui', '/actuator'];

/**
 * React gets a long-lived vendor chunk. antd is left to Rollup so each lazy page carries only the
 * components it uses; bpmn-js stays in the diagram's own lazy chunk.
 */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('/node_modules/')) return undefined;
  if (/\/node_modules\/(react|react-dom|scheduler|react-router|react-router-dom)\//.test(id)) return 'react';
  return undefined;
}

/**
 * Issue #15, visits without signal: a service worker (Workbox) precaches the app shell so the app
 * opens without network; the big lazy chunks of the diagram and the charts (managers' pages) are
 * left out of the precache and cached on first use instead.
 * Server paths are never answered with index.html. The visits themselves wait in IndexedDB
 * (features/care/lib/visit-queue.ts), not in the worker.
 */
const SERVER_PATHS = /^\/(api|camunda|engine-rest|v3|swagger-ui|actuator)(\/|$)/;
const offlineShell = VitePWA({
  registerType: 'autoUpdate',
  injectRegister: 'script-defer',
  manifest: {
    name: '服务类社会救助工作平台',
    short_name: '社会救助',
    lang: 'zh-CN',
    start_url: '/',
    display: 'standalone',
    theme_color: '#1677ff',
    background_color: '#ffffff',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,woff2}'],
    // Only what field work needs without signal is precached (inbox, tasks, care roster and visit,
    // leads, cases, provider orders): the precache is fetched once over mobile data after the first
    // page. Desk pages (monitoring, reports, statements, oversight, calendar, audit, charity batches,
    // print views) and the diagram and chart libraries are cached when first opened (assets-on-use).
    globIgnores: [
      '**/assets/{BpmnViewer,EChart,monitoring,reports}-*',
      '**/assets/{OverviewPage,TasksPage,StepsPage,KpiPage,ReportsPage,StatsPage}-*',
      '**/assets/{StatementsPage,OversightPages,ContractsPage,BatchPages,EligiblePage}-*',
      '**/assets/{AccessLogPage,CalendarPage,CareImportPage,CareEmergencyPage}-*',
      '**/assets/{NoticePrintPages,ServiceCardPrintPage,PinSlipPrintPage}-*',
    ],
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [SERVER_PATHS],
    cleanupOutdatedCaches: true,
    // The page that installed the worker is served by it at once (a cadre may lose signal on it).
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // Who is signed in, so that the app opened without signal still knows its user (and shows
        // the visits waiting on the phone); any answer from the network wins, a 401 included.
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/api/auth/me',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'session',
          networkTimeoutSeconds: 5,
          expiration: { maxEntries: 1, maxAgeSeconds: 12 * 3600 },
          cacheableResponse: { statuses: [200] },
        },
      },
      {
        urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
        handler: 'CacheFirst',
        options: { cacheName: 'assets-on-use', expiration: { maxEntries: 60, maxAgeSeconds: 30 * 24 * 3600 } },
      },
    ],
  },
});

export default defineConfig({
  base: '/',
  plugins: [react(), weight(), offlineShell],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend, changeOrigin: false }])),
  },
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
    chunkSizeWarningLimit: 800,
    rollupOptions: {
      // Fewer, larger shared chunks: on a 150 ms line each extra request costs more than the bytes it saves.
      // Not larger than 3 kB: bigger merges pull small modules shared by lazy pages (case labels, feature
      // types) into the entry, and the sign-in page pays for them (20 kB cost it 5 kB gzip).
      output: { manualChunks: vendorChunk, experimentalMinChunkSize: 3_000 },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // antd in jsdom is slow on a 2-core machine running many files at once.
    testTimeout: 30_000,
  },
});
