import { readFileSync } from 'node:fs';

/** One instruction of a Dockerfile: its keyword (upper case), its flags (`--from=build`) and its arguments. */
export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  args: string[];
  line: number;
}

/** A build stage: its base image, its name (`AS name`) and its instructions. */
export interface Stage {
  from: string;
  name?: string;
  instructions: Instruction[];
}

/**
 * The stages of the Dockerfile at `file`: comments dropped, continued lines (`\`) joined, JSON-form
 * arguments (`["node", "x"]`) read as JSON, `ARG` values substituted from `args` (`${APP}`, `$APP`).
 */
export function parseDockerfile(file: string, args: Record<string, string> = {}): Stage[] {
  const lines = readFileSync(file, 'utf8').split('\n');
  const stages: Stage[] = [];
  let pending = '';
  let start = 0;
  lines.forEach((raw, index) => {
    const line = raw.trim();
    if (!pending && (line === '' || line.startsWith('#'))) return;
    if (!pending) start = index + 1;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1)} `;
      return;
    }
    const text = (pending + line).replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (whole, name: string) => args[name] ?? whole);
    pending = '';
    const [keyword, ...rest] = text.split(/\s+/);
    const flags: Record<string, string> = {};
    while (rest[0]?.startsWith('--')) {
      const [flag, value = ''] = rest.shift()!.slice(2).split('=');
      flags[flag] = value;
    }
    const remainder = rest.join(' ');
    const parsed = remainder.startsWith('[') ? (JSON.parse(remainder) as string[]) : rest;
    const instruction = { keyword: keyword.toUpperCase(), flags, args: parsed, line: start };
    if (instruction.keyword === 'FROM') {
      const asIndex = parsed.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({ from: parsed[0], name: asIndex > 0 ? parsed[asIndex + 1] : undefined, instructions: [] });
    } else {
      if (stages.length === 0) {
        if (instruction.keyword === 'ARG') return;
        throw new Error(`${file}:${start}: ${instruction.keyword} before FROM`);
      }
      stages[stages.length - 1].instructions.push(instruction);
    }
  });
  return stages;
}
