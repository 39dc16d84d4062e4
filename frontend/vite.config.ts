/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
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

export default defineConfig({
  base: '/',
  plugins: [react(), weight()],
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
      output: { manualChunks: vendorChunk, experimentalMinChunkSize: 20_000 },
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
