/** The story editor's page (editor.html, served by `npm run edit`): never part of the reader's build. */
import { mount } from 'svelte';
import EditorApp from './EditorApp.svelte';

mount(EditorApp, { target: document.getElementById('editor')! });
