// A .docx the service produced, shown as its pages (docx-preview) — a 公文's draft or frozen
// file, a tip's form. While it is on screen, printing (window.print(), in the browser and in
// the Electron window) prints its pages alone: a copy of them lives in a print-only layer at the
// end of the body, and everything else is hidden while printing (as kit/PrintSlip does).
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import Box from '@mui/material/Box';
import GlobalStyles from '@mui/material/GlobalStyles';
import LinearProgress from '@mui/material/LinearProgress';
import type { FileResult } from '../../shared/kernel/common.ts';
import { base64ToBytes } from './download.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const PRINT_CLASS = 'lq-print-docx';

interface Props {
  /** The file to show, or null while it is being made (a progress bar is shown). */
  file: FileResult | null;
  /** The region's name for screen readers and tests (公文预览, 文书预览). */
  label: string;
  /** The preview's height on screen (it scrolls inside); default fills its parent. */
  height?: number | string;
  /** Told whether the pages are ready to print (打印 before that would print an empty page). */
  onReady?: (ready: boolean) => void;
}

/**
 * What printing from the page gives: docx-preview lays the file out in the browser, close to but not
 * exactly as Word or WPS does (page breaks, the 版记's place), so the note says which copy is official.
 */
export const PRINT_VIEW_NOTE = '“打印”打印的是页面预览；存档或正式发出的文本，请下载 Word 文件后用 WPS 或 Word 打印（版式以 Word 文件为准）。';

export function DocxPreview({ file, label, height = '100%', onReady }: Props) {
  const screen = useRef<HTMLDivElement>(null);
  const print = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'rendering' | 'shown' | 'failed'>('rendering');

  useEffect(() => {
    const target = screen.current;
    if (!file || !target) return;
    let live = true;
    setState('rendering');
    onReady?.(false);
    target.replaceChildren();
    print.current?.replaceChildren();
    const blob = new Blob([base64ToBytes(file.dataBase64)], { type: DOCX_TYPE });
    import('docx-preview')
      .then(({ renderAsync }) => renderAsync(blob, target, undefined, { className: 'docx', inWrapper: true, ignoreLastRenderedPageBreak: false }))
      .then(
        () => {
          if (!live) return;
          // The print layer holds a copy (styles included: docx-preview puts them in the container).
          print.current?.replaceChildren(...Array.from(target.childNodes, (n) => n.cloneNode(true)));
          setState('shown');
          onReady?.(true);
        },
        () => live && setState('failed'),
      );
    return () => {
      live = false;
    };
    // onReady is a callback of the parent's: a new one each render must not render the file again.
  }, [file]);

  return (
    <>
      <Box
        role="region"
        aria-label={label}
        // The pages scroll inside: reachable by keyboard (Tab, then the arrow keys).
        tabIndex={0}
        aria-busy={state === 'rendering'}
        sx={{ height, minHeight: 0, overflow: 'auto', bgcolor: 'grey.200', border: 1, borderColor: 'divider', borderRadius: 1, position: 'relative' }}
      >
        {state === 'rendering' ? <LinearProgress aria-label="正在生成预览" sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} /> : null}
        {state === 'failed' ? <ErrorAlert error="无法预览该文件：请下载后用文字处理软件打开。" sx={{ m: 2 }} /> : null}
        <Box ref={screen} sx={{ '& .docx-wrapper': { bgcolor: 'transparent' } }} />
      </Box>
      {createPortal(
        <>
          <GlobalStyles
            styles={{
              [`.${PRINT_CLASS}`]: { display: 'none' },
              '@page': { size: 'A4', margin: 0 },
              '@media print': {
                [`body > *:not(.${PRINT_CLASS})`]: { display: 'none !important' },
                [`.${PRINT_CLASS}`]: { display: 'block' },
                [`.${PRINT_CLASS} .docx-wrapper`]: { background: 'none !important', padding: '0 !important', display: 'block !important' },
                [`.${PRINT_CLASS} .docx-wrapper > section.docx`]: { boxShadow: 'none !important', margin: '0 !important', breakAfter: 'page' },
                [`.${PRINT_CLASS} .docx-wrapper > section.docx:last-child`]: { breakAfter: 'auto' },
              },
            }}
          />
          <div className={PRINT_CLASS} ref={print} aria-hidden="true" />
        </>,
        document.body,
      )}
    </>
  );
}
