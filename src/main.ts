import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';
import { loadBasemapTopology } from './map/basemap.ts';

// Start the largest download (the basemap) now, in parallel with the story's data; errors surface in the map.
loadBasemapTopology().catch(() => undefined);

mount(App, { target: document.getElementById('app')! });
