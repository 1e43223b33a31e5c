/**
 * Record video: a WebM of the playback over a range of steps, drawn frame by frame on a hidden map and encoded
 * with WebCodecs' VideoEncoder (VP9, else VP8). Each frame's time is its number / 30 s, not the clock: a slow
 * machine makes the same video, only later. Nothing is offered as a file unless every frame made it.
 */
import type { StoryModel } from '../story/model.ts';
import { placesOfEvent } from '../story/model.ts';
import { stepFrameArea } from '../navigation/event-frame.ts';
import { layoutShareCard, exportFileName } from './share-card.ts';
import { videoPlanFor, VIDEO_FPS, type VideoPlan } from './video-plan.ts';
import { muxWebM, type EncodedFrame } from './webm.ts';
import { OffscreenStoryMap } from '../map/offscreen-story-map.ts';
import { canvasMeasure, drawShareCard, loadSymbolImages } from './share-card-canvas.ts';
import { cardContent } from './share-image.ts';

/** 720p: the card's 1200 × 675 at 16/15, with the even sides VP8/VP9's 4:2:0 frames want. */
export const VIDEO_SIZE = { width: 1280, height: 720 } as const;
const CARD_SCALE = VIDEO_SIZE.width / 1200;
const CONTEXT_LOST = 'The browser took the map’s graphics (WebGL) away while recording; nothing was saved.';
/** A key frame every two seconds, so a player can seek. */
const KEY_FRAME_EVERY = 2 * VIDEO_FPS;

export interface VideoRequest {
  model: StoryModel;
  from: number;
  to: number;
  attribution: string;
  /** The link printed under each step. */
  urlFor: (stepIndex: number) => string;
}

export interface RecordedVideo {
  webm: Blob;
  fileName: string;
  plan: VideoPlan;
  codec: 'VP9' | 'VP8';
}

/** The codec this browser can encode: VP9 where it can, else VP8; a message when neither. */
async function chooseCodec(): Promise<{ config: VideoEncoderConfig; codec: 'VP9' | 'VP8' }> {
  if (typeof VideoEncoder === 'undefined' || typeof VideoFrame === 'undefined') {
    throw new Error(
      'This browser cannot encode video (no WebCodecs VideoEncoder). Try a current Chrome, Edge or Firefox.',
    );
  }
  const base = { ...VIDEO_SIZE, bitrate: 4_000_000, framerate: VIDEO_FPS, latencyMode: 'quality' as const };
  for (const [codecString, codec] of [
    ['vp09.00.10.08', 'VP9'],
    ['vp8', 'VP8'],
  ] as const) {
    const config = { ...base, codec: codecString };
    const support = await VideoEncoder.isConfigSupported(config).catch(() => ({ supported: false }));
    if (support.supported) return { config, codec };
  }
  throw new Error('This browser can encode neither VP9 nor VP8 video, so it cannot make a WebM file.');
}

/**
 * Record the range.
 * @param onProgress - frames done and in all, after each frame
 * @throws DOMException "AbortError" when cancelled; Error with a message for the reader otherwise
 */
export async function recordVideo(
  request: VideoRequest,
  signal: AbortSignal,
  onProgress: (done: number, total: number) => void,
): Promise<RecordedVideo> {
  const { model } = request;
  const plan = videoPlanFor(model, request.from, request.to);
  const { config, codec } = await chooseCodec();
  const canvas = document.createElement('canvas');
  canvas.width = VIDEO_SIZE.width;
  canvas.height = VIDEO_SIZE.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('The browser could not give a canvas to draw the video on.');
  const measure = canvasMeasure(context);

  // A hidden tab stops drawing (no animation frames), and the recording with it: stop with a reason instead.
  let stopReason = '';
  let wake: () => void = () => {};
  // Waiting for the map to draw a step never ends in a hidden tab: a hidden tab or Cancel ends the wait.
  const interrupted = new Promise<void>((resolve) => (wake = resolve));
  const onVisibility = () => {
    if (document.visibilityState !== 'hidden') return;
    stopReason = 'Recording stopped because the tab was hidden; nothing was saved. Keep the tab open while it records.';
    wake();
  };
  document.addEventListener('visibilitychange', onVisibility);
  signal.addEventListener('abort', () => wake(), { once: true });

  const encoded: EncodedFrame[] = [];
  let encoderError: Error | undefined;
  const encoder = new VideoEncoder({
    output: (chunk) => {
      const data = new Uint8Array(chunk.byteLength);
      chunk.copyTo(data);
      encoded.push({ data, timestampUs: chunk.timestamp, key: chunk.type === 'key' });
    },
    error: (error) => (encoderError = error),
  });
  encoder.configure(config);
  const symbols = await loadSymbolImages();
  const hidden = await OffscreenStoryMap.open(model, request.attribution, {
    width: 1200,
    height: 500,
    pixelRatio: CARD_SCALE,
  });
  hidden.onContextLost(wake);
  const check = () => {
    if (signal.aborted) throw new DOMException('Recording cancelled', 'AbortError');
    if (stopReason) throw new Error(stopReason);
    if (hidden.contextLost) throw new Error(CONTEXT_LOST);
    if (encoderError) throw new Error(`The video encoder failed: ${encoderError.message}`);
  };

  let frameNumber = 0;
  const emit = async () => {
    check();
    const frame = new VideoFrame(canvas, {
      timestamp: Math.round((frameNumber * 1e6) / VIDEO_FPS),
      duration: Math.round(1e6 / VIDEO_FPS),
    });
    encoder.encode(frame, { keyFrame: frameNumber % KEY_FRAME_EVERY === 0 });
    frame.close();
    frameNumber++;
    onProgress(frameNumber, plan.totalFrames);
    // Let the encoder keep up, and the page answer the reader (progress, Cancel) between frames.
    while (encoder.encodeQueueSize > 2)
      await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  try {
    for (const stepPlan of plan.steps) {
      const index = stepPlan.stepIndex;
      const layout = layoutShareCard(
        'landscape',
        cardContent(model, index, request.attribution, request.urlFor(index)),
        measure,
      );
      hidden.resize(layout.map.width, layout.map.height);
      const places = placesOfEvent(model, model.steps[index]!);
      const shown = hidden.showStep(
        model,
        index,
        places.map((place) => place.properties.id),
        { ...stepFrameArea(model, model.steps[index]!), padding: 48 },
        stepPlan.animationFrames > 0,
      );
      await Promise.race([shown, interrupted]);
      check();
      const scene = await shown;
      // Frame k shows t = k / animationFrames; the end state (the last of them) is then held.
      for (let k = 1; k <= stepPlan.animationFrames; k++) {
        // Checked before touching the map too: a lost context must end the recording with its reason, not with
        // whatever the map throws without one.
        check();
        await Promise.race([hidden.showFrame(scene, k / stepPlan.animationFrames), interrupted]);
        check();
        drawShareCard(context, layout, hidden.render(), CARD_SCALE, symbols);
        await emit();
      }
      check();
      drawShareCard(context, layout, hidden.render(), CARD_SCALE, symbols);
      for (let k = 0; k < stepPlan.holdFrames; k++) await emit();
    }
    await encoder.flush();
    check();
  } catch (error) {
    // Whatever the map threw once its context was gone, the reason the reader needs is the lost context.
    if (hidden.contextLost && (error as DOMException).name !== 'AbortError')
      throw new Error(CONTEXT_LOST, { cause: error });
    throw error;
  } finally {
    document.removeEventListener('visibilitychange', onVisibility);
    hidden.remove();
    if (encoder.state !== 'closed') encoder.close();
  }
  const webm = muxWebM(
    { codec: codec === 'VP9' ? 'V_VP9' : 'V_VP8', ...VIDEO_SIZE, frameDurationUs: 1e6 / VIDEO_FPS },
    encoded,
  );
  const first = model.steps[request.from]!.id;
  const last = model.steps[request.to]!.id;
  return {
    webm: new Blob([webm as Uint8Array<ArrayBuffer>], { type: 'video/webm' }),
    fileName: exportFileName(first === last ? first : `${first}-to-${last}`, VIDEO_SIZE, 'webm'),
    plan,
    codec,
  };
}
