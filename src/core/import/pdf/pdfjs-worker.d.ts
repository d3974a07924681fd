// pdfjs-dist ships no types for its worker module; only the handler the main-thread worker needs is read.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
