import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

const port = Number(process.env.PORT ?? 3000)

// The client is built into dist/client, which the Express server serves in production mode.
export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      // zod ships comments that Rollup cannot place; harmless, and noise at every start.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning)
      },
    },
  },
  // `vite` dev server: API and mailbox calls go to the Express server (`pnpm dev`).
  server: {
    port: 5173,
    proxy: {
      '/api': `http://localhost:${port}`,
      '/mailbox': `http://localhost:${port}`,
    },
  },
})
