import { describe, expect, it, vi } from 'vitest';
import { chooseEngine, createReader, hasCamera, type BarcodeDetectorCtor } from './qr-reader';

const camera = { getUserMedia: () => Promise.resolve() };

function detector(formats: string[] | Error, codes: string[] = []): BarcodeDetectorCtor {
  class FakeDetector {
    static getSupportedFormats = () => (formats instanceof Error ? Promise.reject(formats) : Promise.resolve(formats));
    detect = vi.fn(() => Promise.resolve(codes.map((rawValue) => ({ rawValue }))));
  }
  return FakeDetector;
}

describe('choosing the QR decoder', () => {
  it('shows the scan button wherever a camera can be opened, and only there', () => {
    expect(hasCamera({ mediaDevices: camera })).toBe(true);
    expect(hasCamera({ mediaDevices: camera, BarcodeDetector: detector(['qr_code']) })).toBe(true);
    expect(hasCamera({})).toBe(false);
    expect(hasCamera({ mediaDevices: {} })).toBe(false);
  });

  it('uses the browser decoder when it reads QR codes', async () => {
    expect(await chooseEngine({ mediaDevices: camera, BarcodeDetector: detector(['ean_13', 'qr_code']) })).toBe('native');
  });

  it('falls back to jsQR without BarcodeDetector (iOS Safari, Firefox, WeChat)', async () => {
    expect(await chooseEngine({ mediaDevices: camera })).toBe('jsqr');
  });

  it('falls back to jsQR when the browser decoder cannot read QR codes or cannot say', async () => {
    expect(await chooseEngine({ mediaDevices: camera, BarcodeDetector: detector(['ean_13']) })).toBe('jsqr');
    expect(await chooseEngine({ mediaDevices: camera, BarcodeDetector: detector(new Error('no')) })).toBe('jsqr');
  });

  it('has nothing to decode without a camera', async () => {
    expect(await chooseEngine({ BarcodeDetector: detector(['qr_code']) })).toBe('none');
    await expect(createReader('none', {})).rejects.toThrow();
  });

  it('reads the card number with the browser decoder', async () => {
    const env = { mediaDevices: camera, BarcodeDetector: detector(['qr_code'], [' SC-2026-000123 ']) };
    const read = await createReader('native', env);
    expect(await read(document.createElement('video'))).toBe('SC-2026-000123');
  });

  it('loads jsQR only when asked, and a frame without a picture reads nothing', async () => {
    const read = await createReader('jsqr', { mediaDevices: camera });
    expect(await read(document.createElement('video'))).toBeUndefined();
  });
});
