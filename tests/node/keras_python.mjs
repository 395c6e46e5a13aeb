// What the node tests check of an exported Keras script with the Python at
// hand (no numpy, no Keras here): that it compiles, and what its own
// load_run() and feature_columns() read from its run file — the two
// functions taken out of the script and run alone.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Resolves when `python3 -m py_compile` accepts the script; rejects with its message otherwise. */
export async function pyCompile(script) {
  await run('python3', ['-m', 'py_compile', script]);
}

const READ_BACK = `
import ast, json, math, sys
script, run_file = sys.argv[1:]
tree = ast.parse(open(script, encoding="utf-8").read())
wanted = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name in ("load_run", "feature_columns")]
namespace = {"json": json, "math": math}
exec(compile(ast.Module(body=wanted, type_ignores=[]), script, "exec"), namespace)
run = namespace["load_run"](run_file)
columns = {split: namespace["feature_columns"](run[split]["x"]) for split in ("train", "test")}
print(json.dumps({"run": run, "columns": columns}))
`;

/** { run, columns: { train, test } }: the run file as the script reads it, and the input columns it computes. */
export async function readBack(script, runFile) {
  const { stdout } = await run('python3', ['-c', READ_BACK, script, runFile], { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

/** Rows of numbers as float32 values, flat (what the engine trained on: Float32Arrays). */
export function float32Flat(rows) {
  return Float32Array.from(rows.flat());
}
