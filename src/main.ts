import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';
import { warmUpMap } from './map/warm-up.ts';

// The basemap download and the map's workers start now, in parallel with the story's data.
warmUpMap();

mount(App, { target: document.getElementById('app')! });
