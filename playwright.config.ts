import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'
import { ANSWERS_BASE_PORT, DIALECTS } from './e2e/answers-servers'

// Shared machines: an unusual port, never someone else's server.
const PORT = Number(process.env.E2E_PORT ?? 24731)
export const MOCK_API_PORT = Number(process.env.E2E_MOCK_API_PORT ?? 24787)

// The specs that drive the one shared mock API (resetMockApi): see the projects below.
const SHARED_MOCK_SPECS = ['**/command-palette.spec.ts', '**/connected.spec.ts', '**/polish.spec.ts', '**/rotate-key.spec.ts', '**/toasts-over-dialogs.spec.ts']

// Debian's Chromium where there is one (Playwright cannot download its own here), else Playwright's.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Upper bounds sized for a 2-core machine shared under full load: a passing test never waits them out.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'] }, testIgnore: SHARED_MOCK_SPECS },
    // These specs reset and change the one shared mock API (npm run mock-api): one at a time, so
    // a reset in one never lands in the middle of another. Other specs use a mock of their own.
    { name: 'shared-mock', use: { ...devices['Desktop Chrome'] }, testMatch: SHARED_MOCK_SPECS, workers: 1 },
  ],
  webServer: [
    {
      // The production demo build, as users get it (with the test hooks, src/app/test-hooks.ts); built apart per port, so two runs on one machine do not rebuild what the other serves.
      command: `VITE_TEST_HOOKS=true npx vite build --outDir dist-e2e/${PORT} --emptyOutDir && npx vite preview --outDir dist-e2e/${PORT} --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      // A production build on a busy 2-core machine can take minutes.
      timeout: 300_000,
    },
    {
      command: `npx tsx src/mocks/http/serve.ts`,
      url: `http://127.0.0.1:${MOCK_API_PORT}/__mock/faults`,
      env: { MOCK_API_PORT: String(MOCK_API_PORT), MOCK_API_KEY: 'e2e_admin_key' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    // One read-only server per behaviour of the contract, for e2e/list-answers.spec.ts.
    ...DIALECTS.map((dialect, i) => ({
      command: `npx tsx src/mocks/http/serve.ts`,
      url: `http://127.0.0.1:${ANSWERS_BASE_PORT + i}/__mock/faults`,
      env: { MOCK_API_PORT: String(ANSWERS_BASE_PORT + i), MOCK_API_KEY: 'e2e_admin_key', MOCK_API_DIALECT: dialect },
      reuseExistingServer: false,
      timeout: 120_000,
    })),
  ],
})
