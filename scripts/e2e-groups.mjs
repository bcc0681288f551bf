// The browser suite as `npm test` runs it: two Playwright processes side by side, each with its own emulator,
// widget build and ports, and one test at a time inside each (decision 0028). The split lives here and only here;
// playwright.config.ts reads it (E2E_GROUP) and scripts/test-all.mjs starts one process per group.
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'

export const e2eTestDir = 'tests/e2e'

/**
 * Spec files (relative to tests/e2e) per group, balanced by measured duration. Every spec file must be in exactly
 * one group: `npm test` fails otherwise (e2eGroupProblems), so a new spec is never silently left out.
 *
 * Seconds per file in one process, before the split (decision 0028's baseline run at 34e77ba, 2-core machine):
 * group 1, mostly waiting on the widget's real retry and reconnect timers: faults 220, core-promise 42 (262);
 * group 2, mostly CPU: panel-screens 57, panel-layout 29, supervisor-find-and-fix 18, screens 18, governance 16,
 * editor 14, custom-attributes 13, hostile-input 13, core-promise-ui 12, auth-failures 12, auth-session 11,
 * revert-commit 10, live-shared-channel 9, hardening 6, auth-redirect 5, auth-popup 4, languages 3, german 3,
 * sign-in-and-view 3, lenient-participants 1 (257). Put a new spec in the group that is shorter after it.
 * Added since: early-read (about 10 s; group 1), and two Japanese panel screens in panel-screens (about 12 s).
 */
export const e2eGroups = {
  1: ['faults.spec.ts', 'core-promise.spec.ts', 'early-read.spec.ts'],
  2: [
    'panel-screens.spec.ts',
    'panel-layout.spec.ts',
    'supervisor-find-and-fix.spec.ts',
    'screens.spec.ts',
    'governance.spec.ts',
    'editor.spec.ts',
    'custom-attributes.spec.ts',
    'hostile-input.spec.ts',
    'core-promise-ui.spec.ts',
    'auth-failures.spec.ts',
    'auth-session.spec.ts',
    'revert-commit.spec.ts',
    'live-shared-channel.spec.ts',
    'hardening.spec.ts',
    'auth-redirect.spec.ts',
    'auth-popup.spec.ts',
    'languages.spec.ts',
    'german.spec.ts',
    'sign-in-and-view.spec.ts',
    'lenient-participants.spec.ts',
  ],
}

export const e2eGroupNames = Object.keys(e2eGroups)

/** What Playwright's default testMatch picks up under tests/e2e, as paths relative to it. */
export function e2eSpecFiles(dir = e2eTestDir) {
  const found = []
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.(spec|test)\.[cm]?[jt]sx?$/.test(entry.name))
        found.push(relative(dir, path).split('\\').join('/'))
    }
  }
  walk(dir)
  return found.sort()
}

/** Why the split is incomplete or wrong: spec files in no group or in two, and listed files that do not exist. */
export function e2eGroupProblems(groups = e2eGroups, files = e2eSpecFiles()) {
  const problems = []
  const seen = new Map()
  for (const [name, members] of Object.entries(groups)) {
    for (const file of members) {
      if (seen.has(file)) problems.push(`${file} is in groups ${seen.get(file)} and ${name}`)
      else seen.set(file, name)
      if (!files.includes(file))
        problems.push(`${file} (group ${name}) is not a spec file under ${e2eTestDir}`)
    }
  }
  for (const file of files) {
    if (!seen.has(file))
      problems.push(`${e2eTestDir}/${file} is in no group: add it to scripts/e2e-groups.mjs`)
  }
  return problems
}
