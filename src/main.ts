import { mount } from 'svelte';
import App from './app/App.svelte';
import './app/global.css';
import { warmUpMap } from './map/warm-up.ts';

if (location.search === '?render-link-previews') {
  // The build's headless browser drawing link-preview pictures (build/preview-images.ts): no app, only the hook,
  // whose code loads from a chunk of its own.
  void import('./export/link-preview-renderer.ts').then((renderer) => renderer.startLinkPreviewRenderer());
} else {
  // The basemap download and the map's workers start now, in parallel with the story's data.
  warmUpMap();
  mount(App, { target: document.getElementById('app')! });
}
