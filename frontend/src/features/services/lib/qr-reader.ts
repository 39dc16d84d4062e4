/**
 * Reading the service card's QR code from a camera frame. The browser's BarcodeDetector where it
 * reads QR codes (Chrome on Android); elsewhere (iOS Safari, Firefox, WeChat's browser) jsQR,
 * loaded only when the scanner opens.
 */
export type ScanEngine = 'native' | 'jsqr' | 'none';

/** Reads one frame; undefined when no code is in it. */
export type QrReader = (video: HTMLVideoElement) => Promise<string | undefined>;

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
export interface BarcodeDetectorCtor {
  new (options?: { formats?: string[] }): BarcodeDetectorLike;
  getSupportedFormats?: () => Promise<string[]>;
}

export interface ScanEnvironment {
  BarcodeDetector?: BarcodeDetectorCtor;
  mediaDevices?: { getUserMedia?: unknown };
}

function browser(): ScanEnvironment {
  if (typeof window === 'undefined') return {};
  return {
    BarcodeDetector: (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector,
    mediaDevices: navigator.mediaDevices,
  };
}

/** Whether a camera can be asked for at all: then the scan button is shown, whatever decodes. */
export function hasCamera(env: ScanEnvironment = browser()): boolean {
  return typeof env.mediaDevices?.getUserMedia === 'function';
}

/** Which decoder to use: the browser's when it says it reads QR codes, else jsQR; none without a camera. */
export async function chooseEngine(env: ScanEnvironment = browser()): Promise<ScanEngine> {
  if (!hasCamera(env)) return 'none';
  const Detector = env.BarcodeDetector;
  if (!Detector) return 'jsqr';
  try {
    const formats = Detector.getSupportedFormats ? await Detector.getSupportedFormats() : ['qr_code'];
    return formats.includes('qr_code') ? 'native' : 'jsqr';
  } catch {
    return 'jsqr';
  }
}

/** Frames are scaled down to this width before jsQR reads them: enough for a card held near, and cheap. */
const MAX_WIDTH = 640;

async function jsqrReader(): Promise<QrReader> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth || !video.videoHeight) return undefined;
    const scale = Math.min(1, MAX_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const frame = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'attemptBoth' })?.data.trim() || undefined;
  };
}

export async function createReader(engine: ScanEngine, env: ScanEnvironment = browser()): Promise<QrReader> {
  if (engine === 'native' && env.BarcodeDetector) {
    const detector = new env.BarcodeDetector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue?.trim() || undefined;
  }
  if (engine === 'jsqr') return jsqrReader();
  throw new Error('no camera');
}
