/**
 * npm run validate [-- FILE...]
 *
 * Checks the given data files (the table is known from each file name), or
 * every table in data/. Prints one `file:line:column: message` line per
 * problem and exits 1 if there is any.
 */
import { checkFiles, formatProblem, sortProblems } from "../loaders/index.js";

const files = process.argv.slice(2);
const problems = sortProblems(await checkFiles(files));
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? "" : "s"} found.`);
  process.exitCode = 1;
} else {
  console.log(
    files.length ? `${files.length} file${files.length === 1 ? "" : "s"} valid.` : "All tables in data/ are valid.",
  );
}
