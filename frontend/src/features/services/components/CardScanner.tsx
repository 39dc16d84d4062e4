import { useEffect, useRef, useState } from 'react';
import { Alert, Modal } from 'antd';
import { useServicesT } from '../i18n';
import { chooseEngine, createReader, hasCamera, type QrReader } from '../lib/qr-reader';

/**
 * Whether the scan button is shown: wherever the browser can open a camera. Browsers without
 * BarcodeDetector decode with jsQR (lib/qr-reader); typing the card number always stays.
 */
export function canScan(): boolean {
  return hasCamera();
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
    let stream: MediaStream | undefined;
    let timer: number | undefined;
    let stopped = false;
    setFailed(false);
    const start = async () => {
      const engine = await chooseEngine();
      const [read, s] = await Promise.all([
        createReader(engine),
        navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
      ]);
      stream = s;
      if (stopped || !video.current) {
        s.getTracks().forEach((track) => track.stop());
        return;
      }
      video.current.srcObject = s;
      await video.current.play();
      const tick = async (reader: QrReader) => {
        if (stopped || !video.current) return;
        try {
          const value = await reader(video.current);
          if (value) {
            scanned.current(value);
            return;
          }
        } catch {
          // a frame that could not be read; try the next one
        }
        timer = window.setTimeout(() => void tick(reader), 250);
      };
      void tick(read);
    };
    start().catch(() => {
      if (!stopped) setFailed(true);
    });
    return () => {
      stopped = true;
      if (timer) window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [open]);

  return (
    <Modal open={open} onCancel={onClose} footer={null} title={t('today.scanTitle')} destroyOnHidden>
      {failed ? <Alert type="warning" showIcon message={t('today.scanFailed')} /> : null}
      <video ref={video} className="services-scan-video" muted playsInline data-testid="registration-scan-video" />
    </Modal>
  );
}
