/**
 * Vite plugin: `npm run build` refuses a story with items still under review (a draft's events and places not yet
 * accepted in the editor), naming them, so a draft cannot be published by mistake. Only in the build: the dev
 * server and the editor show a draft as it is.
 */
import type { Plugin } from 'vite';
import { formatIssue, pendingReview } from '../src/story/validate.ts';
import { readStoryFiles, storyDir } from '../scripts/story-files.ts';

/**
 * @param dir - the story folder (default: `STORY_DIR`, else geodata/)
 */
export function publishCheckPlugin(dir = storyDir()): Plugin {
  return {
    name: 'publish-check',
    apply: 'build',
    buildStart() {
      const pending = pendingReview(readStoryFiles(dir).files);
      if (pending.length > 0) {
        this.error(
          `${dir} is not ready to publish: ${pending.map(formatIssue).join('; ')}. ` +
            'Review them with `npm run edit -- FOLDER` first.',
        );
      }
    },
  };
}
