import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    restoreMocks: true,
    // An upper bound: page tests over the mock take seconds on a busy 2-core machine; passing ones never wait it out.
    testTimeout: 30_000,
    projects: [
      // Components and pages render into jsdom.
      { extends: true, test: { name: 'dom', include: ['src/**/*.test.tsx'], environment: 'jsdom' } },
      // Logic needs no DOM, and jsdom's setup is most of such a file's time (about 5× the suite's
      // time on a busy 2-core machine): Node. A file that needs a DOM says so in a docblock,
      // `// @vitest-environment jsdom`, as src/api/key-destination.test.ts does.
      { extends: true, test: { name: 'logic', include: ['src/**/*.test.ts'], environment: 'node' } },
    ],
  },
})
