import { useEffect, useRef, useState } from 'react';
import { Alert, Modal } from 'antd';
import { useServicesT } from '../i18n';

interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorCtor | undefined {
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
}

/** Whether this browser can read QR codes from the camera (Chrome on Android can; others type the number). */
export function canScan(): boolean {
  return typeof window !== 'undefined' && !!detectorClass() && !!navigator.mediaDevices?.getUserMedia;
}

/** Reads the service card's QR code (its content is the card number) with the rear camera. */
export function CardScanner({ open, onClose, onScanned }: { open: boolean; onClose: () => void; onScanned: (value: string) => void }) {
  const t = useServicesT();
  const video = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);
  // The latest callback, so a re-render does not restart the camera.
  const scanned = useRef(onScanned);
  scanned.current = onScanned;

  useEffect(() => {
    if (!open) return undefined;
    const Detector = detectorClass();
    if (!Detector) return undefined;
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    const detector = new Detector({ formats: ['qr_code'] });
    setFailed(false);
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (s) => {
        stream = s;
        if (stopped || !video.current) return;
        video.current.srcObject = s;
        await video.current.play();
        const tick = async () => {
          if (stopped || !video.current) return;
          try {
            const codes = await detector.detect(video.current);
            const value = codes[0]?.rawValue?.trim();
            if (value) {
              scanned.current(value);
              return;
            }
          } catch {
            // a frame that could not be read; try the next one
          }
          timer = window.setTimeout(() => void tick(), 300);
        };
        void tick();
      })
      .catch(() => setFailed(true));
    return () => {
      stopped = true;
      if (timer) window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open]);

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('today.scanTitle')} destroyOnHidden>
      {failed ? <Alert type="warning" showIcon message={t('today.scanFailed')} /> : null}
      <video ref={video} className="services-scan-video" muted playsInline />
    </Modal>
  );
}
