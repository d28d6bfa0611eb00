/**
 * Starlight building the same reports, on the same machine, in the same run: the yardstick of the
 * build budget. The bench writes a Starlight project into bench/.work/starlight/ (git-ignored, none
 * of it committed): `astro` at our version and `@astrojs/starlight` from the npm registry, and each
 * report of the content folder as Starlight docs (a page per part, the table as a Markdown table, the
 * findings on an index page). Our `npm run build` and Starlight's then alternate, so that a machine busier in
 * one half of the run slows both alike, and the budget is their ratio, not a constant.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { projectRoot } from '../../tools/paths.ts';
import { runProcess } from '../../tools/processes.ts';
import { filesUnder } from '../../src/lib/files.ts';
import { reportDocument, type DocumentBlock } from '../../src/site/document.ts';
import { reportSlugs } from '../../src/report/folders.ts';

/** The Starlight release compared with (a version of the Astro 7 line). */
export const STARLIGHT_VERSION = '0.42.4';

/** A prepared Starlight project: where it is, and how to build it once into an empty output folder. */
export interface StarlightProject {
  dir: string;
  build(): Promise<{ seconds: number; ok: boolean; output: string }>;
}

/** Runs a command in `cwd` with the project's Node first on PATH. */
function run(command: string, args: readonly string[], cwd: string): Promise<{ code: number; output: string }> {
  const env = { ...process.env, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  return runProcess(command, args, { cwd, env });
}

/** A block of a report as Starlight's Markdown (its own MDX): text escaped as MDX needs, tables as pipe tables. */
function markdown(block: DocumentBlock): string {
  const text = (value: string) => value.replace(/[\\`*_{}[\]<>#|~&$]/g, (char) => `\\${char}`);
  if (block.kind === 'heading') return `## ${text(block.text)}`;
  if (block.kind === 'paragraph') return text(block.inlines.map((inline) => inline.text).join(''));
  if (block.kind === 'code') {
    const fence = '`'.repeat(Math.max(3, ...[...block.lines.join('\n').matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `${fence}${block.language}${block.title ? ` title=${JSON.stringify(block.title)}` : ''}\n${block.lines.join('\n')}\n${fence}`;
  }
  const row = (cells: readonly string[]) => `| ${cells.map((cell) => text(cell)).join(' | ')} |`;
  return [row(block.columns.map((c) => c.label)), `|${block.columns.map(() => '---|').join('')}`, ...block.rows.map((r) => row(r.cells))].join('\n');
}

/** Writes the project (once installed, only its pages again) and returns how to build it. */
export async function prepareStarlight(work: string, contentDir: string, log: (line: string) => void): Promise<StarlightProject> {
  const dir = join(work, 'starlight');
  const astroVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules', 'astro', 'package.json'), 'utf8')) as { version: string }).version;
  const pkg = { name: 'starlight-comparison', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION } };
  const pkgText = `${JSON.stringify(pkg, null, 2)}\n`;
  const installed = existsSync(join(dir, 'node_modules', '@astrojs', 'starlight')) && existsSync(join(dir, 'package.json')) && readFileSync(join(dir, 'package.json'), 'utf8') === pkgText;
  await mkdir(dir, { recursive: true });
  if (!installed) {
    await writeFile(join(dir, 'package.json'), pkgText);
    log(`installing Starlight ${STARLIGHT_VERSION} with Astro ${astroVersion} into ${dir} (once)`);
    const install = await run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock'], dir);
    if (install.code !== 0) throw new Error(`npm install of Starlight failed:\n${install.output.slice(-2000)}`);
  }
  await writeFile(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Research reports' })] });\n",
  );
  // Its own tsconfig, so that nothing of ours (bench/.work is inside this project) is read as its config.
  await writeFile(join(dir, 'tsconfig.json'), '{ "extends": "astro/tsconfigs/base" }\n');
  await mkdir(join(dir, 'src'), { recursive: true });
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  const docs = join(dir, 'src', 'content', 'docs');
  await rm(docs, { recursive: true, force: true });
  const site = { name: 'Research reports', reportUrl: (slug: string) => `/${slug}/`, partUrl: (report: string, part: string) => `/${report}/${part}/` };
  for (const slug of reportSlugs(contentDir)) {
    const doc = reportDocument(contentDir, slug, site);
    await mkdir(join(docs, slug), { recursive: true });
    const frontmatter = (title: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n`;
    await writeFile(join(docs, slug, 'index.mdx'), `${frontmatter(doc.title)}## Key findings\n\n${doc.findings.map((f) => `- ${markdown({ kind: 'paragraph', inlines: [{ kind: 'text', text: f.text }] })}`).join('\n')}\n`);
    for (const part of doc.parts) {
      await writeFile(join(docs, slug, `${part.slug}.mdx`), `${frontmatter(part.label ? `${part.label} — ${part.title}` : part.title)}${part.blocks.map(markdown).join('\n\n')}\n`);
    }
  }
  log(`Starlight project: ${filesUnder(docs, '.mdx').length} pages from ${reportSlugs(contentDir).length} report(s)`);
  return {
    dir,
    async build() {
      await rm(join(dir, 'dist'), { recursive: true, force: true });
      const start = performance.now();
      // `npm run build`, as ours is measured (tools/build.ts): the same command a publisher types, on both sides.
      const result = await run('npm', ['run', '--silent', 'build'], dir);
      return { seconds: (performance.now() - start) / 1000, ok: result.code === 0, output: result.output };
    },
  };
}
