import { runCli } from './admin/cli.ts';
import { usage } from './admin/parse-admin-args.ts';
import { readConfig } from './config.ts';
import { serve } from './serve.ts';

const args = process.argv.slice(2);
const config = readConfig(process.env);
if (args.length === 0 || args[0] === 'start') await serve(config);
else if (args[0] === 'help' || args[0] === '--help' || args[0] === '-h') console.log(usage);
else process.exitCode = await runCli(args, config);
