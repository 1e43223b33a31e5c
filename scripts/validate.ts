/**
 * `npm run validate`: check geodata/ against the schema and every rule beyond it; exit 1 on any problem.
 */
import { formatIssue, validateStoryFiles } from '../src/core/validate.ts';
import { readCountryOutlines, readStoryFiles } from './story-files.ts';

const { files, issues: readIssues } = readStoryFiles();
const result = validateStoryFiles(files, { countries: readCountryOutlines() });
const issues = [...readIssues, ...result.issues];
if (issues.length > 0) {
  console.error(`geodata: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
if (result.ok) {
  const { story, places } = result.data;
  console.log(
    `geodata: valid — ${places.length} places in ${Object.keys(files.areas).length} files, ${story.events.length} events`,
  );
}
