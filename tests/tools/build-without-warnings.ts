/**
 * `node tests/tools/build-without-warnings.ts <npm script>`: runs the build
 * script (e.g. `build` or `build:base`), shows its output, and fails when the
 * build fails or prints any warning, so a new warning is never lost among
 * known ones. The one known warning (the bundler's "use astro:head-inject"
 * directive notice, one per MDX file) is silenced in astro.config.mjs.
 */
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const script = process.argv[2] ?? 'build';
const warning = /\[WARN\]|\bwarn(ing)?\b/i;

const child = spawn('npm', ['run', script], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
const warnings: string[] = [];
let pending = '';
const onData = (chunk: Buffer, stream: NodeJS.WriteStream): void => {
  stream.write(chunk);
  const lines = (pending + chunk.toString()).split('\n');
  pending = lines.pop() ?? '';
  warnings.push(...lines.filter((line) => warning.test(stripVTControlCharacters(line))));
};
child.stdout.on('data', (chunk: Buffer) => onData(chunk, process.stdout));
child.stderr.on('data', (chunk: Buffer) => onData(chunk, process.stderr));
child.on('close', (code) => {
  if (pending && warning.test(stripVTControlCharacters(pending))) warnings.push(pending);
  if (code !== 0) {
    console.error(`\nnpm run ${script} failed with exit code ${code}`);
    process.exit(code ?? 1);
  }
  if (warnings.length > 0) {
    console.error(`\nnpm run ${script} printed ${warnings.length} warning(s); fix them (or, if one is harmless and known, silence exactly it in astro.config.mjs):\n${warnings.join('\n')}`);
    process.exit(1);
  }
  console.log(`\nnpm run ${script}: built without warnings`);
});
