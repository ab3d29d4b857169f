/**
 * `npm run outputs:record [filter]`: runs every example program as the reader
 * would, sends the requests shown under it in order, and stores what
 * `curl -i` prints for each in `content/examples/<folder>/outputs.yaml`;
 * each client program is run against its server and its output stored too.
 * With a filter ("429/", "429/client", "compare/401"), only programs whose
 * file starts with it are run and only their folders rewritten; the others
 * keep their stored outputs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { examplesDirectory } from '../support/content.ts';
import { storedOutputs, transcript, writeOutputs } from '../support/example-output.ts';
import { allPrograms } from '../support/programs.ts';
import { runClient } from '../support/run-client.ts';
import { runInOrder } from '../support/run-example.ts';

const filter = process.argv[2] ?? '';
const { programs, clients } = allPrograms();
const recorded = new Map<string, string[]>();
for (const { file } of [...programs, ...clients]) {
  const kept = storedOutputs(file.replace(/\/[^/]+$/, ''))[file.split('/').pop()!];
  if (kept) recorded.set(file, kept);
}
// Each job runs one program as the page shows it and returns what the reader sees.
const jobs: { file: string; run: () => Promise<string[]> }[] = [
  ...programs.map((program) => ({
    file: program.file,
    run: async () => {
      const path = join(examplesDirectory, program.file);
      const answers = await runInOrder(path, program.framework, program.tries.map((attempt) => attempt.request));
      return answers.map((answer, index) => transcript(answer, program.tries[index]!.request.method, readFileSync(path, 'utf8')));
    },
  })),
  ...clients.map((client) => ({
    file: client.file,
    run: async () => [(await runClient(join(examplesDirectory, client.server), join(examplesDirectory, client.file), client.language)).stdout.trimEnd()],
  })),
];
const toRun = jobs.filter((job) => job.file.startsWith(filter));
const folders = new Set(toRun.map((job) => job.file.replace(/\/[^/]+$/, '')));
let done = 0;
const worker = async (): Promise<void> => {
  for (let job = toRun.shift(); job; job = toRun.shift()) {
    recorded.set(job.file, await job.run());
    done += 1;
  }
};
await Promise.all([worker(), worker(), worker()]);
writeOutputs(recorded, folders);
console.log(`recorded the output of ${done} programs; ${recorded.size - done} kept as stored`);
