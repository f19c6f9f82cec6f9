import type { Command } from '../io';
import { exportPlan } from './export';
import { importFile } from './import';
import { list } from './list';

/** Every command, by name; a new command is one file and one line here. */
export const COMMANDS: Record<string, Command> = {
  list,
  import: importFile,
  export: exportPlan,
};
