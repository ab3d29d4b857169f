/**
 * `npm run outputs:record [filter]`: runs every example program as the reader
 * would, sends the requests shown under it in order, and stores what
 * `curl -i` prints for each in `content/examples/<folder>/outputs.yaml`.
 * With a filter ("429", "compare/401"), only programs whose file starts with
 * it are run; the others keep their stored outputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDirectory } from '../support/content.ts';
import { storedOutputs, transcript, writeOutputs } from '../support/example-output.ts';
import { allPrograms } from '../support/programs.ts';
import { runInOrder } from '../support/run-example.ts';

const filter = process.argv[2] ?? '';
const { programs } = allPrograms();
const recorded = new Map<string, string[]>();
for (const program of programs) {
  const [folder = '', name = ''] = [program.file.replace(/\/[^/]+$/, ''), program.file.split('/').pop()];
  const kept = storedOutputs(folder)[name];
  if (!program.file.startsWith(filter) && kept) recorded.set(program.file, kept);
}
const toRun = programs.filter((program) => !recorded.has(program.file));
let done = 0;
const worker = async (): Promise<void> => {
  for (let program = toRun.shift(); program; program = toRun.shift()) {
    const path = join(examplesDirectory, program.file);
    const source = readFileSync(path, 'utf8');
    const answers = await runInOrder(path, program.framework, program.tries.map((attempt) => attempt.request));
    recorded.set(program.file, answers.map((answer, index) => transcript(answer, program.tries[index]!.request.method, source)));
    done += 1;
  }
};
await Promise.all([worker(), worker(), worker()]);
writeOutputs(recorded);
console.log(`recorded the output of ${done} programs; ${recorded.size - done} kept as stored`);
