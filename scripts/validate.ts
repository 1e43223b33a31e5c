/**
 * `npm run validate`: check the story folder (`STORY_DIR`, default geodata/) against the schema and every rule
 * beyond it; exit 1 on any problem.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { formatIssue, validateStoryFiles } from '../src/story/validate.ts';
import { readCountryOutlines, readStoryFiles, storyDir } from './story-files.ts';
import { renderSymbols, storyForces } from '../build/unit-symbols-plugin.ts';

const dir = storyDir();
const name = relative(process.cwd(), dir) || '.';
if (!existsSync(dir)) {
  console.error(`STORY_DIR: no story folder at ${dir}`);
  process.exit(1);
}
const { files, issues: readIssues } = readStoryFiles(dir);
const result = validateStoryFiles(files, { countries: readCountryOutlines() });
// The schema checks a force's code has the shape of one; milsymbol (Node only, as in the build) that it means one.
const symbolIssues = (() => {
  try {
    renderSymbols(storyForces(dir));
    return [];
  } catch (error) {
    return [{ file: 'events.json', field: 'forces', message: (error as Error).message }];
  }
})();
const issues = [...readIssues, ...result.issues, ...symbolIssues];
if (issues.length > 0) {
  console.error(`${name}: ${issues.length} problem${issues.length === 1 ? '' : 's'}`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}
if (result.ok) {
  const { story, places } = result.data;
  console.log(
    `${name}: valid — ${places.length} places in ${Object.keys(files.areas).length} files, ${story.events.length} events`,
  );
}
