import type { Command } from '../io';
import { backup } from './backup';
import { blocker } from './blocker';
import { check } from './check';
import { exportPlan } from './export';
import { forecast } from './forecast';
import { history } from './history';
import { holidays } from './holidays';
import { importFile } from './import';
import { list } from './list';
import { publish } from './publish';
import { readMail } from './readMail';
import { retro } from './retro';

/** Every command, by name; a new command is one file and one line here. */
export const COMMANDS: Record<string, Command> = {
  list,
  import: importFile,
  export: exportPlan,
  holidays,
  backup,
  history,
  check,
  blocker,
  publish,
  'read-mail': readMail,
  forecast,
  retro,
};
