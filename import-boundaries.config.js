// @ts-check
import tseslint from 'typescript-eslint'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'

/**
 * Which folder may import which, and no cycles (docs/decisions/0020-one-way-imports.md). Kept apart from
 * eslint.config.js so tests/integration/import-boundaries.test.ts can run exactly these rules on broken fixtures.
 *
 * The layers, bottom up: src/genesys (shared with the command-line tool, so it depends on nothing else in src/),
 * src/lib, src/config and src/ui, then the features, then src/app, the only place that wires features together.
 * A feature uses another feature only through that feature's public.ts, the one seam it offers.
 */
const features = ['attributes', 'auth', 'conversation', 'custom-attributes']

const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [
    `./${feature}`,
    ...features.filter((other) => other !== feature).map((other) => `./${other}/public.ts`),
  ],
  message:
    "Features never reach into each other: import the other feature's public.ts, or compose in src/app.",
}))

const layerZones = [
  {
    target: ['./src/genesys', './src/lib', './src/config', './src/ui'],
    from: ['./src/features', './src/app'],
    message: 'Shared layers (genesys, lib, config, ui) never import a feature or the app.',
  },
  {
    target: './src/genesys',
    from: ['./src/lib', './src/config', './src/ui', './src/test'],
    message: 'src/genesys is shared with the command-line tool and depends on nothing else in src/.',
  },
  {
    target: './src/lib',
    from: ['./src/config', './src/ui'],
    message: 'src/lib holds small helpers below config and ui.',
  },
]

/**
 * @param {string} root the folder that holds src/ (the project; a test passes its fixture tree)
 * @returns {import('eslint').Linter.Config}
 */
export const importBoundaries = (root) => ({
  files: ['src/**/*.{ts,tsx}', 'cli/**/*.ts', 'bench/**/*.ts', 'emulator/**/*.ts', 'tests/**/*.ts'],
  languageOptions: { parser: tseslint.parser },
  plugins: { 'import-x': importX },
  settings: {
    // Imports name their file with its extension, so Node's resolution finds it; the parser reads .ts and .tsx.
    'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
  },
  rules: {
    'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...featureZones, ...layerZones] }],
    // Type-only imports erase at build time and are not followed; a cycle of values is.
    'import-x/no-cycle': ['error', { ignoreExternal: true }],
  },
})
