// The `bedside` command: start the server, or lint the content files.

import { readConfig } from './config.ts';
import { lintContent } from './content/lint-content.ts';
import { jsonLogger } from './ports.ts';

const USAGE = `Usage: bedside <command>

Commands:
  start   Run the Bedside server (configured from the environment; see README)
  lint    Validate every file in prompts/ and rubrics/
  grade   Grade a transcript file: bedside grade <transcript.json> (--rubric <id> | --all-rubrics) [--json]
  help    Show this message`;

async function main(argv: string[]): Promise<number> {
  const [command] = argv;
  switch (command) {
    case 'start':
      return start();
    case 'lint':
      return lint();
    case 'grade': {
      const { gradeCommand } = await import('./grading/grade-cli.ts');
      return gradeCommand(argv.slice(1));
    }
    case 'help':
    case '--help':
    case '-h':
    case undefined:
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

async function start(): Promise<number> {
  const config = readConfig();
  const logger = jsonLogger(config.logLevel);
  const { ensureClientBuilt } = await import('./ensure-client-built.ts');
  const build = await ensureClientBuilt('client', config.clientDist);
  if (build === 'built') console.log('Built the client.');
  if (build === 'unavailable')
    console.warn('The client is not built and Vite is not installed: only the API will work.');
  // Loaded on demand so `lint` and `help` stay quick.
  const { launch } = await import('./launch.ts');
  const server = await launch(config, logger);
  console.log(`Bedside is running at ${server.url}`);
  const stop = async (signal: string) => {
    logger.log('info', 'shutting down', { signal });
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  return -1;
}

function lint(): number {
  const report = lintContent(process.cwd());
  for (const line of report.lines) console.log(line);
  if (report.errors.length > 0) {
    for (const error of report.errors) console.error(error.message);
    console.error(`\n${report.errors.length} invalid file(s).`);
    return 1;
  }
  console.log(`All ${report.checked} content file(s) are valid.`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
